package dissect

// The UDP layouts, transcribed from "COMMUNICATION BETWEEN SERVER AND CLIENT
// USING UDP" in spec/icq-v2-protocol.txt: each Field is a row of the spec's
// table (Content and Name columns as printed there). Descriptions are the
// spec's too, but where it copied a row's text by mistake (SEARCH_USER's
// LAST_NAME "Nick name to search for"; EXT_INFO_REPLY's PHONE, HOME_PAGE
// and ABOUT "The remote user's city") the field's own words are used.

func u8(name, desc string) Field  { return Field{Name: name, Kind: KindU8, Desc: desc} }
func u16(name, desc string) Field { return Field{Name: name, Kind: KindU16, Desc: desc} }
func u32(name, desc string) Field { return Field{Name: name, Kind: KindU32, Desc: desc} }
func ip(name, desc string) Field  { return Field{Name: name, Kind: KindIP, Desc: desc} }
func str(name, desc string) Field { return Field{Name: name, Kind: KindString, Desc: desc} }

// x is a field of fixed bytes: an *Unknown field's typical value, or a
// constant such as VERSION.
func x(name, content, desc string) Field {
	return Field{Name: name, Kind: KindBytes, Content: content, Desc: desc}
}

func key(f Field) Field { f.Key = true; return f }

func named(f Field, e *Enum) Field { f.Names = e; return f }

func fixed(f Field, content string) Field { f.Content = content; return f }

func message(name, typeField, desc string) Field {
	f := key(str(name, desc))
	f.PartsBy = typeField
	return f
}

func status(desc string) Field { return key(named(u32("STATUS", desc), Status)) }

func repeated(f Field, countBy string) Field { f.CountBy = countBy; return f }

// Versions and the raw-parameters field, shared by every table.
var (
	versionField = fixed(u16("VERSION", "Identifies the packet as an ICQ packet"), "02 00")
	commandField = u16("COMMAND", "Code for service the server should provide")
	seqField     = as(RoleSeq, u16("SEQ_NUM", "Sequence number"))
)

// rawFields are the rows of bytes no layout describes: the raw parameters of
// a command or version the tables do not lay out, and bytes after a layout.
var rawFields = func() []Field {
	fs := []Field{
		{Name: "PARAMETERS", Kind: KindRest, Desc: "0 or more parameters (depending on COMMAND)"},
		{Name: "TRAILING", Kind: KindRest, Desc: "Bytes after the last field of the layout"},
	}
	prepareFields(fs)
	return fs
}()

var parametersField, trailingField = &rawFields[0], &rawFields[1]

// RawFields are the rows PARAMETERS and TRAILING, which hold the bytes no
// layout describes; a packet's values point into them.
func RawFields() []Field { return rawFields }

func undescribed(code uint16, name, desc string) *Command {
	return &Command{Code: code, Name: name, Desc: desc}
}

func described(code uint16, name, desc string, params ...Field) *Command {
	return &Command{Code: code, Name: name, Desc: desc, Described: true, Params: params}
}

// Client is every command a client sends to the server.
var Client = (&Table{
	Dir:    ClientToServer,
	Header: []Field{versionField, commandField, seqField, as(RoleSenderUIN, u32("UIN", "The senders UIN"))},
	Commands: []*Command{
		described(0x000A, "ACK", "Acknowledgement"),
		described(0x010E, "SEND_MESSAGE", "Send message through server (to offline user)",
			key(as(RoleUIN, u32("RECEIVER_UIN", "UIN of the user the message is sent to"))),
			key(named(u16("MESSAGE_TYPE", "Type of message being sent"), MessageType)),
			message("MESSAGE", "MESSAGE_TYPE", "The message, ended by a NULL (00)")),
		described(0x03E8, "LOGIN", "Login on server",
			key(as(RolePeerPort, u32("PORT", "The TCP port to use for incoming connections"))),
			key(str("PASSWORD", "The user's password + NULL (max 8 chars)")),
			x("X1", "78 00 00 00", "*Unknown"),
			key(as(RolePeerIP, ip("USER_IP", "The user's IP address"))),
			x("X2", "04", "*Unknown"),
			status("Users online status (normally 00 00 00 00)"),
			x("X3", "02 00 00 00", "*Unknown"),
			key(as(RoleRequestKey, u16("LOGIN_SEQ_NUM", "Login sequence number"))),
			x("X4", "00 00 00 00", "*Unknown"),
			x("X5", "18 00 78 00", "*Unknown")),
		described(0x0406, "CONTACT_LIST", "Inform the server of my contact list",
			key(u16("NUM_CONTACTS", "Number of contacts following")),
			key(repeated(as(RoleUIN, u32("UIN", "UIN of user on contact list")), "NUM_CONTACTS"))),
		described(0x041A, "SEARCH_UIN", "Search for user using his/her UIN",
			key(as(RoleRequestKey, u16("SEARCH_SEQ_NUM", "Search sequence number"))),
			key(as(RoleUIN, u32("SEARCHED_UIN", "The UIN to search for")))),
		described(0x0424, "SEARCH_USER", "Search for user using his/her name or e-mail",
			key(as(RoleRequestKey, u16("SEARCH_SEQ_NUM", "Search sequence number"))),
			key(str("NICK_NAME", "Nick name to search for, NULL terminated")),
			key(str("FIRST_NAME", "First name to search for, NULL terminated")),
			key(str("LAST_NAME", "Last name to search for, NULL terminated")),
			key(str("E_MAIL", "E-mail to search for, NULL terminated"))),
		described(0x042E, "KEEP_ALIVE", "Sent to indicate connection is still up"),
		described(0x0438, "SEND_TEXT_CODE", "Send special message to server as text",
			key(str("TEXT_CODE", "Message to send to server, NULL terminated")),
			Field{Name: "X1", Kind: KindBytes, Width: 2, Content: "xx xx", Desc: "*Unknown (code, usually 04 00 or 05 00)"}),
		described(0x044C, "LOGIN_1", "Sent during login"),
		described(0x0460, "INFO_REQ", "Request basic information about a user",
			key(as(RoleRequestKey, u16("INFO_SEQ_NUM", "Information sequential number"))),
			key(as(RoleUIN, u32("QUERY_UIN", "UIN of user to request information about")))),
		described(0x046A, "EXT_INFO_REQ", "Request extended information about a user",
			key(as(RoleRequestKey, u16("INFO_SEQ_NUM", "Information sequential number"))),
			key(as(RoleUIN, u32("QUERY_UIN", "UIN of user to request information about")))),
		described(0x049C, "CHANGE_PASSWORD", "Change the user's password",
			key(as(RoleRequestKey, u16("PASSWORD_SEQ_NUM", "Password changing sequential number"))),
			key(str("NEW_PASSWORD", "The new password, NULL terminated (max 8 chars)"))),
		described(0x04D8, "STATUS_CHANGE", "User has changed online status (Away etc)",
			status("User's online status (Away etc)")),
		described(0x0528, "LOGIN_2", "Sent during login",
			x("X1", "00", "*Unknown")),
		undescribed(0x050A, "UPDATE_INFO", "Update my basic information"),
		undescribed(0x04B0, "UPDATE_EXT_INFO", "Update my extended information"),
		undescribed(0x053C, "ADD_TO_LIST", "Add user to my contact list"),
		{Code: 0x0456, Name: "REQ_ADD_TO_LIST", Aliases: []string{"MSG_TO_NEW_USER"},
			Desc: "Request authorization to add to contact list / Send a message to a user not on my contact list"},
		undescribed(0x04BA, "QUERY_SERVERS", "Query the server about address to other servers"),
		undescribed(0x04C4, "QUERY_ADDONS", "Query the server about globally defined add-ons"),
		undescribed(0x04EC, "NEW_USER_1", "Ask for permission to add a new user"),
		undescribed(0x03FC, "NEW_USER_REG", "Register a new user"),
		undescribed(0x04A6, "NEW_USER_INFO", "Send basic information about a new user"),
		undescribed(0x0442, "CMD_X1", "*Unknown"),
	},
}).build()

// userRecord is the layout USER_FOUND and INFO_REPLY share: who is "Found
// user's" or "The remote user's", end is ", NULL terminated" or "".
func userRecord(seqName, seqDesc, uinName, uinDesc, who, end string) []Field {
	return []Field{
		key(as(RoleRequestKey, u16(seqName, seqDesc))),
		key(as(RoleUIN, u32(uinName, uinDesc))),
		key(str("NICK_NAME", who+" nick name"+end)),
		key(str("FIRST_NAME", who+" first name"+end)),
		key(str("LAST_NAME", who+" last name"+end)),
		key(str("E_MAIL", who+" e-mail"+end)),
		key(named(u8("AUTHORIZE", "User's authorization status"), Authorize)),
	}
}

// Server is every command the server sends to a client.
var Server = (&Table{
	Dir:    ServerToClient,
	Header: []Field{versionField, commandField, seqField},
	Commands: []*Command{
		described(0x000A, "ACK", "Acknowledgement"),
		described(0x005A, "LOGIN_REPLY", "Login reply",
			key(as(RoleUIN, u32("USER_UIN", "The user's UIN"))),
			key(ip("USER_IP", "The user's IP address")),
			key(as(RoleRequestKey, u16("LOGIN_SEQ_NUM", "Login sequence number"))),
			x("X1", "01 00 01 00", "*Unknown"),
			x("X2", "xx 00 16 00", "*Unknown (xx=19 or 18)"),
			x("X3", "8C 00 00 00", "*Unknown"),
			x("X4", "78 00 05 00", "*Unknown"),
			x("X5", "0A 00 05 00 01 00", "*Unknown")),
		described(0x006E, "USER_ONLINE", "User on contact list is online/has changed online status",
			key(as(RoleUIN, u32("REMOTE_UIN", "The UIN of the user who has logged in"))),
			key(as(RolePeerIP, ip("REMOTE_IP", "The IP address of the user"))),
			key(as(RolePeerPort, u32("REMOTE_PORT", "The TCP port of the user"))),
			key(as(RolePeerIP, ip("REMOTE_REAL_IP", "The actual IP address of the user"))),
			x("X1", "04", "*Unknown"),
			status("New status of the user"),
			x("X2", "02 00 00 00", "*Unknown")),
		described(0x0078, "USER_OFFLINE", "User on contact list has gone offline",
			key(as(RoleUIN, u32("REMOTE_UIN", "The UIN of the user who has logged out")))),
		described(0x008C, "USER_FOUND", "User record found matching search criteria",
			userRecord("SEARCH_SEQ_NUM", "Search sequence number", "FOUND_UIN", "Found user's UIN",
				"Found user's", ", NULL terminated")...),
		described(0x00DC, "RECEIVE_MESSAGE", "Message sent while offline/through server",
			key(as(RoleUIN, u32("REMOTE_UIN", "The sending user's UIN"))),
			u16("YEAR", "The year the message was sent"),
			u8("MONTH", "The month the message was sent"),
			u8("DAY", "The day of the month the message was sent"),
			u8("HOUR", "The hour the message was sent in GMT"),
			u8("MINUTE", "The minute the message was sent"),
			key(named(u16("TYPE", "The type of message (message, URL, etc)"), MessageType)),
			message("MESSAGE", "TYPE", "The message sent, NULL terminated")),
		described(0x00A0, "END_OF_SEARCH", "No more USER_FOUND will be sent",
			key(as(RoleRequestKey, u16("SEARCH_SEQ_NUM", "Search sequence number"))),
			key(named(u8("MORE_FOUND", "More users found but not displayed?"), MoreFound))),
		described(0x0118, "INFO_REPLY", "Return basic information about a user",
			userRecord("INFO_SEQ_NUM", "Information sequence number", "REMOTE_UIN", "The remote user's UIN",
				"The remote user's", "")...),
		described(0x0122, "EXT_INFO_REPLY", "Return extended information about a user",
			key(as(RoleRequestKey, u16("INFO_SEQ_NUM", "Information sequence number"))),
			key(as(RoleUIN, u32("REMOTE_UIN", "The remote user's UIN"))),
			key(str("CITY", "The remote user's city")),
			named(u16("COUNTRY_CODE", "The remote user's country code"), NotEntered),
			named(u8("COUNTRY_STATUS", "Indicates if COUNTRY_CODE is entered or not"), CountryStatus),
			str("STATE", "The remote user's state (USA only)"),
			key(named(u16("AGE", "The remote user's age"), NotEntered)),
			key(named(u8("SEX", "The remote user's sex"), Sex)),
			str("PHONE", "The remote user's phone"),
			str("HOME_PAGE", "The remote user's home page"),
			str("ABOUT", "The remote user's presentation")),
		described(0x01A4, "STATUS_UPDATE", "User on contact list has changed online status (Away etc)",
			key(as(RoleUIN, u32("REMOTE_UIN", "UIN of the user whos status has changed"))),
			status("The new online status of the user")),
		undescribed(0x021C, "REPLY_X1", "*Unknown (returned during login)"),
		undescribed(0x00E6, "REPLY_X2", "*Unknown (confirm my UIN?)"),
		undescribed(0x01E0, "UPDATE_REPLY", "Confirmation of basic information update"),
		undescribed(0x00C8, "UPDATE_EXT_REPLY", "Confirmation of extended information update"),
		undescribed(0x0046, "NEW_USER_UIN", "Confirmation of creation of new user and newly assigned UIN"),
		undescribed(0x00B4, "NEW_USER_REPLY", "Confirmation of new user basic information"),
		undescribed(0x0082, "QUERY_REPLY", "Response to QUERY_SEVERS or QUERY_ADDONS"),
		undescribed(0x01C2, "SYSTEM_MESSAGE", "System message with URL'ed button"),
	},
}).build()

// ForDirection returns the table of commands sent in dir (nil for peer traffic).
func ForDirection(dir Direction) *Table {
	switch dir {
	case ClientToServer:
		return Client
	case ServerToClient:
		return Server
	}
	return nil
}
