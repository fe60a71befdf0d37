//go:build race

package capture

// raceDetector: the race detector is on, and allocates on its own account.
const raceDetector = true
