package dissect

import "slices"

// The version 5 layouts (ICQ 98a, 99a, 99b), from the facts sheet
// spec/icq-v5-facts.md: §1 for the headers, §4 for the commands. Names are
// the sheet's (Henrik Isaksson's where he has one); where the sheet gives
// two readings (⚠), the table follows the one it lists first and says so.

// Version 5's own value names.
var (
	// Status5 is a v5 STATUS: low word the status, high word flags (§4.9).
	Status5 = &Enum{Name: "STATUS", Codes: true, Values: []EnumValue{
		{0x0000, "online"}, {0x0001, "away"}, {0x0005, "n/a"}, {0x0011, "occupied"},
		{0x0013, "dnd"}, {0x0020, "free for chat"}, {0x0100, "invisible"},
		{0x00010000, "online, web-aware"}, {0x00010001, "away, web-aware"},
	}}
	// MessageType5 is a v5 MSG_TYPE (§4.8).
	MessageType5 = &Enum{Name: "MSG_TYPE", NoteOther: true, Values: []EnumValue{
		{0x0001, "text"}, {0x0002, "chat request"}, {0x0003, "file request"}, {0x0004, "url"},
		{0x0006, "auth request"}, {0x0007, "auth denied"}, {0x0008, "auth granted"},
		{0x0009, "server message"}, {0x000C, "you were added"}, {0x000D, "web pager"},
		{0x000E, "e-mail express"}, {0x0013, "contacts"}, {0x001A, "plug-in"},
		{0x8001, "text, to several"}, {0x8004, "url, to several"},
	}}
	// Mode is the peer connection MODE byte (§4.10).
	Mode = &Enum{Name: "MODE", NoteOther: true, Values: []EnumValue{
		{0x00, "no TCP"}, {0x01, "firewall"}, {0x02, "indirect"}, {0x04, "direct"},
	}}
	// MetaResult is SRV_META_USER's RESULT (§4.6).
	MetaResult = &Enum{Name: "RESULT", NoteOther: true, Values: []EnumValue{
		{0x0A, "success"}, {0x14, "failure"}, {0x1E, "read-only"}, {0x32, "failure"},
	}}
	// Gender is the v5 GENDER (§4.10).
	Gender = &Enum{Name: "GENDER", NoteOther: true, Values: []EnumValue{
		{0, "unspecified"}, {1, "female"}, {2, "male"},
	}}
	// RandGroup is the random-chat GROUP (§4.10).
	RandGroup = &Enum{Name: "GROUP", NoteOther: true, Values: []EnumValue{
		{0, "none"}, {1, "general"}, {2, "romance"}, {3, "games"}, {4, "students"},
		{6, "20-something"}, {7, "30-something"}, {8, "40-something"}, {9, "50 plus"},
		{10, "man seeking women"}, {11, "woman seeking men"},
	}}
)

func msgType5() Field {
	return key(named(u16("MSG_TYPE", "Message type, 0x8000 = to several recipients"), MessageType5))
}

func status5(desc string) Field { return key(named(u32("STATUS", desc), Status5)) }

func message5() Field {
	f := key(str("MESSAGE", "The message; parts separated by FE"))
	f.PartsBy = "MSG_TYPE"
	return f
}

func uinList(desc string) []Field {
	return []Field{key(u8("COUNT", "Number of UINs following")), key(repeated(as(RoleUIN, u32("UIN", desc)), "COUNT"))}
}

func randomField() Field { return hex32("RANDOM", "A random number (the packet's only parameter)") }

// hex32 is a 4-byte number that is no quantity: shown in hex.
func hex32(name, desc string) Field {
	f := u32(name, desc)
	f.Hex = true
	return f
}

// v5 header fields, shared by the two directions where they are the same.
var (
	version5Field = fixed(u16("VERSION", "Protocol version"), "05 00")
	session5Field = key(hex32("SESSION_ID", "Random number chosen at login, the same in every packet of the session"))
	command5Field = u16("COMMAND", "Command code")
	seq1Field     = u16("SEQ_NUM1", "Sequence number, +1 per packet except ACKs")
	seq2Field     = u16("SEQ_NUM2", "Second sequence number: the client's counter, or the request's echoed in a reply")
)

// Client5 is every command a v5 client sends to the server (§4.1, §4.2).
var Client5 = (&Table{
	Dir:     ClientToServer,
	Version: 5,
	Header: []Field{version5Field,
		fixed(u32("ZERO", "Always 0"), "00 00 00 00"),
		key(as(RoleSenderUIN, u32("UIN", "The sender's UIN (0 while registering)"))),
		session5Field, command5Field, seq1Field, seq2Field,
		hex32("CHECKCODE", "Checkcode (scrambled on the wire); shown descrambled"),
	},
	Commands: []*Command{
		described(0x000A, "CMD_ACK", "Acknowledge a server packet (SEQ_NUM1/2 are the server packet's)", randomField()),
		described(0x010E, "CMD_SEND_MESSAGE", "Message relayed by the server",
			key(as(RoleUIN, u32("TO_UIN", "UIN of the receiver"))), msgType5(), message5()),
		described(0x015E, "CMD_TCP_REQUEST", "Ask a contact, through the server, to open a peer TCP connection (mICQ's layout)",
			key(as(RoleUIN, u32("TARGET_UIN", "UIN of the contact"))), ip("OWN_IP", "Own IP address"),
			as(RolePort, u32("OWN_PORT", "Own TCP port")), named(u8("MODE", "Peer connection mode"), Mode),
			as(RolePort, u32("PORT", "Port")), u32("PORT2", "Port (copy)"), u16("X1", "*Unknown (2)")),
		described(0x03E8, "CMD_LOGIN", "Log in",
			u32("TIME", "Client clock, seconds since 1970"),
			key(as(RolePeerPort, u32("TCP_PORT", "Peer-to-peer listening port, 0 if none"))),
			key(str("PASSWORD", "The password")),
			u32("X1", "*Unknown (varies by client)"),
			key(as(RolePeerIP, ip("INTERNAL_IP", "The client's own address"))),
			named(u8("MODE", "Peer connection mode"), Mode),
			status5("Initial status"),
			key(u16("TCP_VERSION", "Peer protocol version (6 for ICQ 99)")),
			u16("X2", "*Unknown (0)"),
			Field{Name: "TRAILER", Kind: KindRest, Desc: "Client-specific trailer (ICQ 99b: 0, 02 00 3F 01, 0x50, 3, BUILD, ...)"}),
		described(0x03F2, "CMD_CHECK_CREDENTIALS", "Credential check before login (GETxDEPS in iserverd)",
			key(as(RoleUIN, u32("CHECK_UIN", "UIN"))), str("PASSWORD", "The password"), u32("CLIENT_VERSION", "Client version")),
		described(0x03FC, "CMD_REG_NEW_USER", "Ask for a new UIN (header UIN = 0)",
			key(str("PASSWORD", "The new account's password")),
			Field{Name: "X1", Kind: KindRest, Desc: "*Unknown (clients send A0 00 00 00 61 24 00 00 00 00 A0 00 00 00 00 00)"}),
		described(0x0406, "CMD_CONTACT_LIST", "Send the contact list", uinList("UIN on the contact list")...),
		described(0x041A, "CMD_SEARCH_UIN", "Old-style search by UIN", key(as(RoleUIN, u32("SEARCH_UIN", "UIN to search for")))),
		described(0x0424, "CMD_SEARCH_USER", "Old-style search by name or e-mail",
			key(str("NICK", "Nick name")), key(str("FIRST", "First name")), key(str("LAST", "Last name")), key(str("EMAIL", "E-mail"))),
		described(0x042E, "CMD_KEEP_ALIVE", "Keep-alive (SEQ_NUM2 = 0)", randomField()),
		described(0x0438, "CMD_SEND_TEXT_CODE", "Text command to the server (B_USER_DISCONNECTED logs off)",
			key(str("TEXT_CODE", "The text command")), fixed(u16("X1", "*Unknown"), "05 00")),
		described(0x0442, "CMD_ACK_MESSAGES", "Offline messages received: delete them", randomField()),
		described(0x044C, "CMD_LOGIN_1", "Finish login / ask for stored messages", randomField()),
		described(0x0456, "CMD_MSG_TO_NEW_USER", "Message to a UIN not on the contact list; also grants authorization",
			key(as(RoleUIN, u32("TO_UIN", "UIN of the receiver"))), msgType5(), message5()),
		described(0x0460, "CMD_INFO_REQ", "Old-style basic info request", key(as(RoleUIN, u32("QUERY_UIN", "UIN asked about")))),
		described(0x046A, "CMD_EXT_INFO_REQ", "Old-style extended info request", key(as(RoleUIN, u32("QUERY_UIN", "UIN asked about")))),
		undescribed(0x049C, "CMD_CHANGE_PW", "Change password (obsolete in v5)"),
		described(0x04A6, "CMD_NEW_USER_INFO", "First basic info after registering",
			key(str("NICK", "Nick name")), str("FIRST", "First name"), str("LAST", "Last name"), str("EMAIL", "E-mail"),
			fixed(u8("X1", "*Unknown"), "01"), fixed(u8("X2", "*Unknown"), "01"), fixed(u8("X3", "*Unknown"), "01")),
		described(0x04B0, "CMD_UPDATE_EXT_INFO", "Set extended info, old style (licq's layout)",
			str("CITY", "City"), u16("COUNTRY", "Country (telephone prefix)"), u8("TIMEZONE", "Time zone"),
			str("STATE", "State"), u16("AGE", "Age"), named(u8("SEX", "Sex"), Gender), str("PHONE", "Phone"),
			str("HOMEPAGE", "Home page"), str("ABOUT", "About"), u32("ZIP", "ZIP code")),
		described(0x04BA, "CMD_QUERY_SERVERS", "Ask for other servers' addresses"),
		described(0x04C4, "CMD_QUERY_ADDONS", "Ask for global add-ons"),
		described(0x04D8, "CMD_STATUS_CHANGE", "Change own status", status5("The new status")),
		described(0x04EC, "CMD_NEW_USER_1", "First contact before login (ICQ 99b sends it first)",
			key(hex32("COOKIE", "Random cookie, echoed in the SRV_ACK"))),
		described(0x050A, "CMD_UPDATE_INFO", "Set basic info, old style",
			key(str("NICK", "Nick name")), str("FIRST", "First name"), str("LAST", "Last name"), str("EMAIL", "E-mail")),
		described(0x0514, "CMD_AUTH_UPDATE", "Whether others need my authorization",
			key(u32("AUTHORIZE", "1 = no authorization needed"))),
		described(0x051E, "CMD_KEEP_ALIVE2", "Second keep-alive", randomField()),
		undescribed(0x0528, "CMD_LOGIN_2", "Obsolete in v5"),
		described(0x053C, "CMD_ADD_TO_LIST", "Add one UIN to the contact list", key(as(RoleUIN, u32("ADD_UIN", "UIN added")))),
		described(0x0564, "CMD_RAND_SET", "Join a random-chat group", key(named(u32("GROUP", "Random-chat group"), RandGroup))),
		described(0x056E, "CMD_RAND_SEARCH", "Find a random user of a group", key(named(u32("GROUP", "Random-chat group"), RandGroup))),
		metaUser,
		described(0x06A4, "CMD_INVIS_LIST", "Invisible list", uinList("UIN on the invisible list")...),
		described(0x06AE, "CMD_VIS_LIST", "Visible list", uinList("UIN on the visible list")...),
		described(0x06B8, "CMD_UPDATE_LIST", "Add or remove one UIN on the visible or invisible list",
			key(as(RoleUIN, u32("LIST_UIN", "UIN"))), u8("LIST", "Which list (licq: 1 visible, 0 invisible; iserverd: 2, 1)"),
			key(u8("ACTION", "1 add, 0 remove"))),
	},
}).build()

// userInfo is the NICK, FIRST, LAST, EMAIL run many layouts share.
func userInfo() []Field {
	return []Field{key(str("NICK", "Nick name")), key(str("FIRST", "First name")), key(str("LAST", "Last name")), key(str("EMAIL", "E-mail"))}
}

// Server5 is every command a v5 server sends (§4.4, §4.5).
var Server5 = (&Table{
	Dir:     ServerToClient,
	Version: 5,
	Header: []Field{version5Field,
		fixed(u8("ZERO", "Always 0"), "00"),
		session5Field, command5Field, seq1Field, seq2Field,
		key(as(RoleUIN, u32("UIN", "The receiving client's UIN"))),
		hex32("CHECKCODE", "Server checkcode (not scrambled; clients ignore it)"),
	},
	Commands: []*Command{
		described(0x000A, "SRV_ACK", "Acknowledges a client packet (SEQ_NUM1/2 echoed); a body only in answer to CMD_NEW_USER_1 or registration",
			Field{Name: "BODY", Kind: KindRest, Desc: "Normally none; iserverd: 0A, COOKIE, 01 00 after CMD_NEW_USER_1"}),
		described(0x001E, "SRV_SILENT_TOO_LONG", "Disputed meaning (licq: server problem; iserverd: answer to META 0x07D0)",
			Field{Name: "BODY", Kind: KindRest, Desc: "licq: CODE u32; iserverd: D0 07 00 00 46 00"}),
		described(0x0028, "SRV_GO_AWAY", "The server logs the client off"),
		described(0x0046, "SRV_NEW_UIN", "Registration done; the new UIN is in the header", u32("COOKIE", "Cookie of the request")),
		described(0x005A, "SRV_LOGIN_REPLY", "Login accepted (iserverd's 20-byte body)",
			u16("X1", "*Unknown (0x008C)"), u16("X2", "*Unknown (0)"),
			u16("PING_INTERVAL", "Keep-alive interval, seconds"), u16("TIMEOUT", "Timeout, seconds"),
			u16("X3", "*Unknown (0x000A)"), u16("RETRIES", "Retries"),
			key(ip("CLIENT_IP", "The client's address as the server sees it")),
			u32("X4", "*Unknown (server id?)")),
		described(0x0064, "SRV_BAD_PASS", "Wrong password or unknown UIN"),
		described(0x006E, "SRV_USER_ONLINE", "A contact is online",
			key(as(RoleUIN, u32("REMOTE_UIN", "The contact's UIN"))), key(as(RolePeerIP, ip("IP", "External address"))),
			key(as(RolePeerPort, u32("TCP_PORT", "Peer TCP port"))), as(RolePeerIP, ip("REAL_IP", "Internal address")),
			named(u8("MODE", "Peer connection mode"), Mode), status5("The contact's status"),
			key(u32("TCP_VERSION", "Peer protocol version (6 for ICQ 99)")),
			u32("DC_COOKIE", "Direct connection cookie"), as(RolePort, u32("WEB_PORT", "Web port")),
			u32("CLIENT_FEATURES", "Client features"), u32("INFO_TIME", "Info update time / client id 1 (licq: BUILD)"),
			u32("MORE_TIME", "Client id 2"), u32("STATUS_TIME", "Client id 3")),
		described(0x0078, "SRV_USER_OFFLINE", "A contact went offline", key(as(RoleUIN, u32("REMOTE_UIN", "The contact's UIN")))),
		undescribed(0x0082, "SRV_QUERY", "Unknown"),
		described(0x008C, "SRV_USER_FOUND", "Old-style search hit",
			append(append([]Field{key(as(RoleUIN, u32("FOUND_UIN", "UIN found")))}, userInfo()...),
				u8("AUTH", "0 = ask before adding, 1 = free"), u8("SEARCH_STATUS", "0 offline, 1 online, 2 disabled"))...),
		described(0x00A0, "SRV_END_OF_SEARCH", "End of old-style search", key(u8("MORE", "1 = more hits exist"))),
		undescribed(0x00B4, "SRV_NEW_USER", "Carries the new UIN after registration (Isaksson's document)"),
		described(0x00C8, "SRV_UPDATE_EXT", "CMD_UPDATE_EXT_INFO accepted"),
		described(0x00D2, "SRV_UPDATE_EXT_FAIL", "CMD_UPDATE_EXT_INFO refused"),
		described(0x00DC, "SRV_RECV_MESSAGE", "A stored (offline) message",
			key(as(RoleUIN, u32("FROM_UIN", "The sender's UIN"))), u16("YEAR", "Year (UTC)"), u8("MONTH", "Month"),
			u8("DAY", "Day"), u8("HOUR", "Hour"), u8("MINUTE", "Minute"), msgType5(), message5()),
		described(0x00E6, "SRV_X2", "No more stored messages"),
		described(0x00F0, "SRV_NOT_CONNECTED", "Not logged in, or session mismatch"),
		described(0x00FA, "SRV_TRY_AGAIN", "Server busy, retry later"),
		described(0x0104, "SRV_SYS_DELIVERED_MESS", "Message relayed by the server",
			key(as(RoleUIN, u32("FROM_UIN", "The sender's UIN"))), msgType5(), message5()),
		described(0x0118, "SRV_INFO_REPLY", "Answer to CMD_INFO_REQ",
			append(append([]Field{key(as(RoleUIN, u32("REMOTE_UIN", "UIN asked about")))}, userInfo()...), u8("AUTH", "Authorization needed"))...),
		described(0x0122, "SRV_EXT_INFO_REPLY", "Answer to CMD_EXT_INFO_REQ",
			key(as(RoleUIN, u32("REMOTE_UIN", "UIN asked about"))), str("CITY", "City"),
			named(u16("COUNTRY", "Country (telephone prefix)"), NotEntered), u8("COUNTRY_STATUS", "Country status (licq, mICQ: time zone)"),
			str("STATE", "State"), named(u16("AGE", "Age"), NotEntered), named(u8("SEX", "Sex"), Gender),
			str("PHONE", "Phone"), str("HOMEPAGE", "Home page"), str("ABOUT", "About")),
		described(0x012C, "SRV_INFO_FAIL", "No such UIN", key(as(RoleUIN, u32("REMOTE_UIN", "UIN asked about")))),
		described(0x015E, "SRV_TCP_REQUEST", "A contact asks us to connect to it (licq's reading)",
			key(as(RoleUIN, u32("REMOTE_UIN", "The contact's UIN"))), ip("IP", "The contact's address"), as(RolePort, u16("PORT", "Port")),
			u16("X1", "*Unknown"), u8("X2", "*Unknown"), u16("PORT2", "The port the peer tried"),
			u16("X3", "*Unknown"), u16("X4", "*Unknown"), u16("X5", "*Unknown"), u16("TCP_VERSION", "Peer protocol version")),
		described(0x01A4, "SRV_STATUS_UPDATE", "A contact changed status",
			key(as(RoleUIN, u32("REMOTE_UIN", "The contact's UIN"))), status5("The new status")),
		undescribed(0x01C2, "SRV_SYSTEM_MESSAGE", "System message"),
		described(0x01E0, "SRV_UPDATE_SUCCESS", "CMD_UPDATE_INFO accepted"),
		described(0x01EA, "SRV_UPDATE_FAIL", "CMD_UPDATE_INFO refused"),
		described(0x01F4, "SRV_AUTH_UPDATE", "Result of CMD_AUTH_UPDATE (licq: failure)"),
		described(0x01FE, "SRV_AUTH_UPDATED", "CMD_AUTH_UPDATE accepted (licq)"),
		described(0x0212, "SRV_MULTI_PACKET", "Several server packets in one datagram; each is shown as a packet of its own",
			key(u8("COUNT", "Number of packets following")),
			repeated(Field{Name: "PACKET", Kind: KindBlock, Desc: "SIZE u16, then a server packet with its own header"}, "COUNT")),
		described(0x021C, "SRV_X1", "End of the status burst after CMD_CONTACT_LIST",
			Field{Name: "BODY", Kind: KindRest, Desc: "iserverd: own UIN; clients ignore it"}),
		described(0x024E, "SRV_RAND_USER", "Random-chat search result",
			key(as(RoleUIN, u32("FOUND_UIN", "UIN found, 0 = nobody"))), ip("IP", "Address"), as(RolePort, u32("PORT", "Port")),
			ip("REAL_IP", "Internal address"), named(u8("MODE", "Peer connection mode"), Mode),
			status5("Status"), u16("TCP_VERSION", "Peer protocol version"),
			Field{Name: "X1", Kind: KindRest, Desc: "*Unknown (14 bytes)"}),
		described(0x0370, "SRV_LOGIN_ERR", "Login refused with a reason (iserverd)",
			key(str("MESSAGE", "The reason")), u32("X1", "*Unknown (0)")),
		metaUserReply,
	},
}).build()

// Meta subcommands (§4.3, §4.6). The even code is ICQ 99a's form, the odd
// one (+1) ICQ 99b's; they differ where a field is marked so.

func strs(desc string, names ...string) []Field {
	fs := make([]Field, len(names))
	for i, n := range names {
		fs[i] = str(n, desc)
	}
	return fs
}

func cat(parts ...[]Field) []Field {
	var fs []Field
	for _, p := range parts {
		fs = append(fs, p...)
	}
	return fs
}

func generalInfo(zip Field) []Field {
	return cat(userInfo()[:3], strs("Text", "EMAIL1", "EMAIL2", "EMAIL3", "CITY", "STATE", "PHONE", "FAX", "STREET", "CELLULAR"),
		[]Field{zip, u16("COUNTRY", "Country (telephone prefix)"), u8("TIMEZONE", "Time zone")})
}

func workInfo(zip Field) []Field {
	return cat(strs("Text", "WCITY", "WSTATE", "WPHONE", "WFAX", "WADDRESS"), []Field{zip, u16("WCOUNTRY", "Work country")},
		strs("Text", "COMPANY", "DEPARTMENT", "POSITION"), []Field{u16("OCCUPATION", "Occupation"), str("WHOMEPAGE", "Work home page")})
}

func moreInfo(year Field) []Field {
	return []Field{named(u16("AGE", "Age"), NotEntered), named(u8("GENDER", "Gender"), Gender), str("HOMEPAGE", "Home page"),
		year, u8("BIRTH_MONTH", "Birth month"), u8("BIRTH_DAY", "Birth day"),
		u8("LANG1", "Language 1"), u8("LANG2", "Language 2"), u8("LANG3", "Language 3")}
}

func categories(count, desc string, n int) []Field {
	fs := []Field{u8(count, desc)}
	for i := 1; i <= n; i++ {
		fs = append(fs, u16(count[:len(count)-len("COUNT")]+"CATEGORY"+string(rune('0'+i)), "Category"),
			str(count[:len(count)-len("COUNT")]+"KEYWORDS"+string(rune('0'+i)), "Keywords"))
	}
	return fs
}

var (
	zipU32     = u32("ZIP", "ZIP code (99a form)")
	zipString  = str("ZIP", "ZIP code (99b form)")
	wzipU32    = u32("WZIP", "Work ZIP code (99a form)")
	wzipString = str("WZIP", "Work ZIP code (99b form)")
	year8      = u8("BIRTH_YEAR", "Birth year - 1900 (99a form)")
	year16     = u16("BIRTH_YEAR", "Birth year (99b form)")
	queryUIN   = key(as(RoleUIN, u32("QUERY_UIN", "UIN asked about")))
	searchHead = cat(strs("Text", "FIRST", "LAST", "NICK", "EMAIL"),
		[]Field{u16("MIN_AGE", "Minimum age"), u16("MAX_AGE", "Maximum age"), named(u8("GENDER", "Gender"), Gender),
			u8("LANGUAGE", "Language")}, strs("Text", "CITY", "STATE"), []Field{u16("COUNTRY", "Country")},
		strs("Text", "COMPANY", "DEPARTMENT", "POSITION"))
)

// MetaUser holds CMD_META_USER's subcommands, keyed by SUBCMD.
var MetaUser = (&Table{Dir: ClientToServer, Version: 5, Commands: []*Command{
	described(0x03E8, "META_SET_BASIC", "Set general/home info (99a)", append(generalInfo(zipU32), u8("HIDE_EMAIL", "Hide e-mail"))...),
	described(0x03E9, "META_SET_BASIC2", "Set general/home info (99b)", append(generalInfo(zipString), u8("HIDE_EMAIL", "Hide e-mail"))...),
	described(0x03F2, "META_SET_WORK", "Set work info (99a)", workInfo(wzipU32)...),
	described(0x03F3, "META_SET_WORK2", "Set work info (99b)", workInfo(wzipString)...),
	described(0x03FC, "META_SET_MORE", "Set more info (99a)", moreInfo(year8)...),
	described(0x03FD, "META_SET_MORE2", "Set more info (99b)", moreInfo(year16)...),
	described(0x0406, "META_SET_ABOUT", "Set the about text", key(str("ABOUT", "About text"))),
	described(0x0410, "META_SET_INTERESTS", "Set interests", categories("COUNT", "Number of interests", 4)...),
	described(0x041A, "META_SET_AFFILIATIONS", "Set past and affiliations",
		append(categories("PAST_COUNT", "Number of past entries", 3), categories("AFFIL_COUNT", "Number of affiliations", 3)...)...),
	described(0x0424, "META_SET_SECURITY", "Privacy settings (iserverd's order)",
		u8("AUTH", "Authorization needed"), u8("WEBAWARE", "Web-aware"), u8("HIDEIP", "Hide IP")),
	described(0x042E, "META_SET_PASS", "New password", key(str("PASSWORD", "The new password"))),
	described(0x0442, "META_SET_HPCAT", "Homepage category",
		u8("ENABLED", "Enabled"), u16("CATEGORY", "Category"), str("DESCRIPTION", "Description")),
	described(0x04B0, "META_USER_FULLINFO", "All info about a UIN (99a replies)", queryUIN),
	described(0x04B1, "META_USER_FULLINFO2", "All info about a UIN (99b replies)", queryUIN),
	described(0x04BA, "META_USER_INFO", "Short info about a UIN", queryUIN),
	described(0x04C4, "META_USER_UNREGISTER", "Delete the account", queryUIN, str("PASSWORD", "The password")),
	described(0x04CE, "META_USER_LOGININFO", "Own full info after login (99a replies)", queryUIN),
	described(0x04CF, "META_USER_LOGININFO2", "Own full info after login (99b replies)", queryUIN),
	described(0x0514, "META_SEARCH_NAME", "Search by name (99a)", strs("Text", "FIRST", "LAST", "NICK")...),
	described(0x0515, "META_SEARCH_NAME2", "Search by name (99b)", strs("Text", "FIRST", "LAST", "NICK")...),
	described(0x051E, "META_SEARCH_UIN", "Search by UIN (99a)", key(as(RoleUIN, u32("SEARCH_UIN", "UIN to search for")))),
	described(0x051F, "META_SEARCH_UIN2", "Search by UIN (99b)", key(as(RoleUIN, u32("SEARCH_UIN", "UIN to search for")))),
	described(0x0528, "META_SEARCH_EMAIL", "Search by e-mail (99a)", key(str("EMAIL", "E-mail"))),
	described(0x0529, "META_SEARCH_EMAIL2", "Search by e-mail (99b)", key(str("EMAIL", "E-mail"))),
	described(0x0532, "META_SEARCH_WHITE", "White-pages search (99a)",
		append(searchHead, Field{Name: "TAIL", Kind: KindRest, Desc: "Categories and ONLINE_ONLY (clients differ)"})...),
	described(0x0533, "META_SEARCH_WHITE2", "White-pages search (99b)",
		append(searchHead, Field{Name: "TAIL", Kind: KindRest, Desc: "Categories and ONLINE_ONLY (clients differ)"})...),
	undescribed(0x06B8, "META_USAGE_STATS", "Client usage statistics"),
	undescribed(0x07D0, "META_LOGIN", "Sent after login (iserverd)"),
}}).build()

var metaUser = withSubs(described(0x064A, "CMD_META_USER", "White-pages and user-info operations",
	key(named(u16("SUBCMD", "Meta subcommand"), enumOf("SUBCMD", MetaUser)))), MetaUser, nil, nil)

// searchRecord is a meta search hit; LEN is there in ICQ 99b's form only,
// and the table follows that form.
func searchRecord(last bool) []Field {
	fs := cat([]Field{u16("LEN", "Length of the record (99b form)"), key(as(RoleUIN, u32("FOUND_UIN", "UIN found")))}, userInfo(),
		[]Field{u8("AUTH", "Authorization needed"), Field{Name: "X1", Kind: KindRest, Desc: "*Unknown (WEBAWARE, status; sources differ)"}})
	if last {
		fs[len(fs)-1] = Field{Name: "X1", Kind: KindBytes, Width: 2, Desc: "*Unknown (WEBAWARE, 00)"}
		fs = append(fs, key(u32("USERS_LEFT", "Further matches not sent")))
	}
	return fs
}

// MetaUserReply holds SRV_META_USER's replies, keyed by SUBCMD. Their data
// follows only when RESULT is success.
var MetaUserReply = (&Table{Dir: ServerToClient, Version: 5, Commands: []*Command{
	described(0x0064, "META_SET_BASIC_ACK", "Answers META_SET_BASIC(2)"),
	described(0x006E, "META_SET_WORK_ACK", "Answers META_SET_WORK(2)"),
	described(0x0078, "META_SET_MORE_ACK", "Answers META_SET_MORE(2)"),
	described(0x0082, "META_SET_ABOUT_ACK", "Answers META_SET_ABOUT"),
	described(0x008C, "META_SET_INTERESTS_ACK", "Answers META_SET_INTERESTS"),
	described(0x0096, "META_SET_AFFILIATIONS_ACK", "Answers META_SET_AFFILIATIONS"),
	described(0x00A0, "META_SET_SECURE_ACK", "Answers META_SET_SECURITY"),
	described(0x00AA, "META_SET_PASS_ACK", "Answers META_SET_PASS"),
	described(0x00B4, "META_UNREG_ACK", "Answers META_USER_UNREGISTER"),
	described(0x00BE, "META_SET_HPCAT_ACK", "Answers META_SET_HPCAT"),
	described(0x00C8, "META_INFO_GENERAL", "General info (ZIP as a string: 99b form)",
		append(generalInfo(zipString), Field{Name: "FLAGS", Kind: KindRest, Desc: "AUTH, WEBAWARE, HIDEIP ... (sources differ)"})...),
	described(0x00D2, "META_INFO_WORK", "Work info (99b form)", workInfo(wzipString)...),
	described(0x00DC, "META_INFO_MORE", "More info (99b form)", moreInfo(year16)...),
	described(0x00E6, "META_INFO_ABOUT", "About text", key(str("ABOUT", "About text"))),
	described(0x00F0, "META_INFO_INTERESTS", "Interests",
		u8("COUNT", "Number of interests"), Field{Name: "INTERESTS", Kind: KindRest, Desc: "(CATEGORY u16, KEYWORDS) × COUNT"}),
	described(0x00FA, "META_INFO_AFFILIATIONS", "Past and affiliations",
		Field{Name: "AFFILIATIONS", Kind: KindRest, Desc: "PAST_COUNT, entries, AFFIL_COUNT, entries"}),
	described(0x0104, "META_INFO_BASIC", "Short info",
		append(userInfo(), u8("AUTH", "Authorization needed"), named(u8("GENDER", "Gender"), Gender), u8("X1", "*Unknown (0)"))...),
	described(0x010E, "META_INFO_HPCAT", "Homepage category",
		u8("ENABLED", "Enabled"), Field{Name: "CATEGORY", Kind: KindRest, Desc: "CATEGORY u16, DESCRIPTION, 00 when ENABLED"}),
	described(0x0190, "META_USER_FOUND", "A search hit", searchRecord(false)...),
	described(0x019A, "META_USER_LAST_FOUND", "The last search hit", searchRecord(true)...),
	described(0x01A4, "META_WHITE_FOUND", "A white-pages hit", searchRecord(false)...),
	described(0x01AE, "META_WHITE_LAST_FOUND", "The last white-pages hit", searchRecord(true)...),
}}).build()

var metaUserReply = withSubs(described(0x03DE, "SRV_META_USER", "Reply to CMD_META_USER",
	key(named(u16("SUBCMD", "Meta reply subcommand"), enumOf("SUBCMD", MetaUserReply))),
	key(named(fixed(u8("RESULT", "Result (0x0A success)"), "0A"), MetaResult))), MetaUserReply, metaSuccess, metaSuccessVals)

// metaSuccess: a reply's data follows only a RESULT of success.
func metaSuccess(p *Packet) bool {
	r := p.Value(FResult)
	return r != nil && !r.Partial && r.Num == metaOK
}

const metaOK = 0x0A

// metaSuccessVals: RESULT left out is encoded as success.
func metaSuccessVals(vals Fields) bool {
	r, given := vals[FResult]
	n, err := toUint(r)
	return !given || err == nil && n == metaOK
}

// withSubs gives a command the subcommands its first parameter selects;
// when and whenVals say whether a packet has a subcommand's data (nil: always).
func withSubs(c *Command, subs *Table, when func(*Packet) bool, whenVals func(Fields) bool) *Command {
	c.Subs, c.subWhen, c.subWhenVals = subs, when, whenVals
	return c
}

// enumOf names a table's codes, for the field that selects among them.
func enumOf(name string, t *Table) *Enum {
	e := &Enum{Name: name, Codes: true}
	for _, c := range t.Commands {
		e.Values = append(e.Values, EnumValue{uint32(c.Code), c.Name})
	}
	return e
}

// Message5 is what a v5 message packet says.
type Message5 struct {
	From, To uint32
	Type     uint16
	Text     *Value // MESSAGE
	Stored   bool   // SRV_RECV_MESSAGE: stored while the receiver was offline
}

// MessageOf returns the message a v5 CMD_SEND_MESSAGE, CMD_MSG_TO_NEW_USER,
// SRV_SYS_DELIVERED_MESS or SRV_RECV_MESSAGE carries (the header's UIN is
// the client's: the sender of a client packet, the receiver of a server
// one), or a v6 peer message or acknowledgement (From and To left 0).
func MessageOf(p *Packet) (Message5, bool) {
	var m Message5
	params := p.Params()
	if len(params) < 3 || params[0].Partial {
		return m, false
	}
	switch p.Command {
	case Cmd5SendMessage, Cmd5MsgToNewUser:
		m.From, m.To = p.UIN, params[0].Num
	case Srv5SysDeliveredMess, Srv5RecvMessage:
		m.From, m.To, m.Stored = params[0].Num, p.UIN, p.Command == Srv5RecvMessage
	case Peer6Message, Peer6Ack: // the peers are the stream's ends
	default:
		return m, false
	}
	for i := range params {
		switch v := &params[i]; {
		case v.Partial:
			return m, false
		case v.Field.Names == MessageType5:
			m.Type = uint16(v.Num)
		case v.Field.PartsBy != "":
			m.Text = v
		}
	}
	return m, m.Text != nil
}

// Disconnects reports whether p is a v5 client's log-off:
// CMD_SEND_TEXT_CODE B_USER_DISCONNECTED.
func Disconnects(p *Packet) bool {
	if p.Command != Cmd5SendTextCode {
		return false
	}
	params := p.Params()
	return len(params) > 0 && !params[0].Partial && string(p.Data(&params[0])) == TextDisconnected
}

// v5 replies: the server packets that answer a request and carry its
// SEQ_NUM2 (facts §1.4).
var replies5 = []*Command{Srv5LoginReply, Srv5UserFound, Server5.Lookup(0x00A0), Server5.Lookup(0x0118),
	Server5.Lookup(0x0122), Server5.Lookup(0x012C), Server5.Lookup(0x03DE)}

// IsReply5 reports a v5 server packet that answers a request: SRV_LOGIN_REPLY,
// SRV_USER_FOUND, SRV_END_OF_SEARCH, SRV_INFO_REPLY, SRV_EXT_INFO_REPLY,
// SRV_INFO_FAIL, SRV_META_USER.
func IsReply5(p *Packet) bool { return p.Command != nil && slices.Contains(replies5, p.Command) }
