package dissect

// Announcement is a peer TCP endpoint a packet announces, read from the
// roles its fields declare: the port of its RolePeerPort field (LOGIN's
// PORT, USER_ONLINE's REMOTE_PORT, CHANNEL_INIT's MY_PORT, v5 TCP_PORT) at
// the addresses of its RolePeerIP fields and, when a client or peer
// announces its own endpoint, at the packet's source address.
type Announcement struct {
	Port       uint32
	Addrs      [2][4]byte // the addresses the packet gives (0.0.0.0 where it gives none)
	FromSource bool       // the packet's source address is one too
	// UIN is whose endpoint it is: the sender's own (from its RoleSenderUIN
	// field or client header), or the user a server announces (RoleUIN); 0
	// when the packet lacks it.
	UIN uint32
}

// PeerAnnouncement returns the endpoint a packet announces.
func PeerAnnouncement(p *Packet) (Announcement, bool) {
	var a Announcement
	if p.Command == nil || !p.Command.announces {
		return a, false // most packets: no need to look through the values
	}
	port, ok := p.FirstWithRole(RolePeerPort)
	if !ok {
		return a, false
	}
	a.Port, a.FromSource = port.Num, p.Dir != ServerToClient
	i := 0
	for v := range p.ValuesWithRole(RolePeerIP) {
		if i < len(a.Addrs) && !v.Partial {
			a.Addrs[i] = [4]byte(p.Data(v))
		}
		i++
	}
	a.UIN = announcedUIN(p, a.FromSource)
	return a, true
}

func announcedUIN(p *Packet, own bool) uint32 {
	role := RoleUIN
	if own {
		role = RoleSenderUIN
	}
	if v, ok := p.FirstWithRole(role); ok {
		return v.Num
	}
	return 0
}
