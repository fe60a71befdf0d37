//go:build !linux

package capture

import "errors"

// OpenLive would start a live capture: icqdump captures on Linux only.
func OpenLive(name string, cfg Config) (*Reader, error) {
	return nil, errors.New("live capture works on Linux only: capture with tcpdump -w FILE and read the file with -r")
}
