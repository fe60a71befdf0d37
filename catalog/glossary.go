package catalog

import (
	"fmt"
	"io"
)

// WriteGlossary writes the catalogue as tshark -G fields writes its own:
//
//	P	Protocol name	abbreviation
//	F	Title	name	type	parent	base	bitmask	description
func WriteGlossary(w io.Writer, c *Catalog) error {
	for _, p := range c.Protocols {
		if _, err := fmt.Fprintf(w, "P\t%s\t%s\n", p.Name, p.Abbrev); err != nil {
			return err
		}
	}
	for _, f := range c.Fields {
		if _, err := fmt.Fprintf(w, "F\t%s\t%s\t%v\t%s\t%s\t0x0\t%s\n", f.Title, f.Name, f.Type, f.Parent, f.Base(), f.Desc); err != nil {
			return err
		}
	}
	return nil
}
