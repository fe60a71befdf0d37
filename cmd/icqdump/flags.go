package main

import (
	"fmt"
	"strconv"
	"strings"
)

// portList is a repeatable flag of TCP/UDP ports (1-65535); the first use
// replaces the default, later uses add to it.
type portList struct {
	ports []uint16
	set   bool
}

func (p *portList) String() string {
	s := make([]string, len(p.ports))
	for i, n := range p.ports {
		s[i] = strconv.Itoa(int(n))
	}
	return strings.Join(s, ",")
}

func (p *portList) Set(v string) error {
	if !p.set {
		p.ports, p.set = nil, true
	}
	for _, f := range strings.Split(v, ",") {
		n, err := strconv.ParseUint(strings.TrimSpace(f), 10, 16)
		if err != nil || n == 0 {
			return fmt.Errorf("%q is not a port (1-65535)", f)
		}
		p.ports = append(p.ports, uint16(n))
	}
	return nil
}

func (p *portList) Type() string { return "port" }
