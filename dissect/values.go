package dissect

// Value names, from the spec's prose under each table.

// The texts of SEND_TEXT_CODE (CMD_SEND_TEXT_CODE) that the spec names.
const (
	TextDisconnected = "B_USER_DISCONNECTED" // the client logs off
	TextMessageAck   = "B_MESSAGE_ACK"       // the client cannot reach the server: answer at once
)

// Status is the online status of STATUS_CHANGE, LOGIN, USER_ONLINE and STATUS_UPDATE.
var Status = &Enum{Name: "STATUS", NoteOther: true, Values: []EnumValue{
	{0x00000000, "online"},
	{0x00000001, "away"},
	{0x00000011, "dnd"},
	{0x00000100, "invisible"},
}}

// MessageType is the TYPE of a message (RECEIVE_MESSAGE, SEND_MESSAGE, the peer messages).
var MessageType = &Enum{Name: "TYPE", NoteOther: true, Values: []EnumValue{
	{0x0001, "normal"},
	{0x0004, "url"},
	{0x000C, "you-were-added"},
}}

// Authorize is USER_FOUND's and INFO_REPLY's AUTHORIZE.
var Authorize = &Enum{Name: "AUTHORIZE", NoteOther: true, Values: []EnumValue{
	{0x00, "must authorize"},
	{0x01, "anyone may add"},
}}

// Sex is EXT_INFO_REPLY's SEX.
var Sex = &Enum{Name: "SEX", NoteOther: true, Values: []EnumValue{
	{0x00, "not specified"},
	{0x01, "female"},
	{0x02, "male"},
}}

// CountryStatus is EXT_INFO_REPLY's COUNTRY_STATUS.
var CountryStatus = &Enum{Name: "COUNTRY_STATUS", NoteOther: true, Values: []EnumValue{
	{0xFE, "entered"},
	{0x9C, "not entered"},
}}

// NotEntered names the FFFF of COUNTRY_CODE and AGE; other values are plain numbers.
var NotEntered = &Enum{Name: "NOT_ENTERED", Values: []EnumValue{
	{0xFFFF, "not entered"},
}}

// MoreFound is END_OF_SEARCH's MORE_FOUND.
var MoreFound = &Enum{Name: "MORE_FOUND", NoteOther: true, Values: []EnumValue{
	{0x00, "all sent"},
	{0x01, "more than 40, not sent"},
}}

// CmdType is the peer message's CMD_TYPE.
var CmdType = &Enum{Name: "CMD_TYPE", NoteOther: true, Values: []EnumValue{
	{0x0010, "real message"},
	{0x0000, "auto reply"},
}}

// MessageParts names the FE-separated parts of a message, by its TYPE.
var MessageParts = map[uint32][]string{
	0x0004: {"description", "url"},
	0x000C: {"nick", "first", "last", "e-mail", "authorize"},
}
