package main

import (
	"bufio"
	"errors"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/catalog"
	"github.com/icqdump/icqdump/report"
)

// columns are -T fields' -e and -E.
type columns struct {
	fields  []string
	options []string
	opts    report.FieldsOptions
}

func (c *columns) register(fs *pflag.FlagSet) {
	fs.StringArrayVarP(&c.fields, "extract", "e", nil,
		"with -T fields, print field `FIELD` as a column (repeatable; -G fields lists them)")
	fs.StringArrayVarP(&c.options, "fields-option", "E", nil,
		"with -T fields, `KEY=VALUE`: header=y|n, separator=/t|/s|C, quote=d|s|n, occurrence=f|l|a, aggregator=/s|C (repeatable)")
}

// validate resolves the fields and options of -T fields.
func (c *columns) validate(o *options) error {
	switch {
	case o.format != "fields":
		if len(c.fields)+len(c.options) > 0 {
			return errors.New("-e and -E go with -T fields")
		}
		return nil
	case len(c.fields) == 0:
		return errors.New("-T fields needs at least one -e FIELD")
	case o.several():
		return errors.New("-T fields reads one capture: give -r FILE once, not a folder")
	}
	c.opts = report.DefaultFieldsOptions
	for _, name := range c.fields {
		f := catalog.All().Lookup(name)
		if f == nil {
			return fmt.Errorf("-e %s: no such field (icqdump -G fields lists them)", name)
		}
		c.opts.Fields = append(c.opts.Fields, f)
	}
	for _, opt := range c.options {
		if err := c.opts.SetOption(opt); err != nil {
			return err
		}
	}
	return nil
}

// printer returns the printer of the output flags.
func (o *options) printer(mode report.Mode, out *bufio.Writer) (report.Printer, error) {
	if o.format == "fields" {
		return report.NewFields(out, o.columns.opts)
	}
	return o.habits.printer(mode, out)
}
