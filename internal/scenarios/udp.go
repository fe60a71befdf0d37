package scenarios

// udpScenarios are client/server captures: one per command, malformed input.
func udpScenarios() []Scenario { return nil }
