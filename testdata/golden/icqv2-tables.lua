-- icqv2.lua: an ICQ v2 dissector for Wireshark, written by icqdump VERSION
-- (icqdump wireshark-plugin). Generated from icqdump's tables: do not edit;
-- write it again with a newer icqdump instead.
--
-- It decodes ICQ v2 on UDP (the server ports) and the peer-to-peer protocol
-- on TCP (a heuristic dissector; packets reassembled on their 2-byte
-- LENGTH), every field under the name icqdump's -Y and -e use, and the
-- decoder's issues as expert info (icq.issue.severity, icq.issue.rule).
-- Install: copy it into Wireshark's personal Lua plugins folder (Help >
-- About Wireshark > Folders), or load it with tshark -X lua_script:icqv2.lua.

local icqv2 = Proto("icqv2", "ICQ version 2 (icqdump)")
local F_COMMAND, F_SEVERITY, F_RULE, EXPERTS, UDP, PEER, RAW, SERVER_PORTS, PEER_PORTS

local VS = {}
local F = {}
F[1] = ProtoField.uint16("icqv2.version", "VERSION", base.DEC, nil, nil, "Identifies the packet as an ICQ packet")
VS[1] = { [10] = "ACK", [270] = "SEND_MESSAGE", [1000] = "LOGIN", [1030] = "CONTACT_LIST", [1050] = "SEARCH_UIN", [1060] = "SEARCH_USER", [1070] = "KEEP_ALIVE", [1080] = "SEND_TEXT_CODE", [1100] = "LOGIN_1", [1120] = "INFO_REQ", [1130] = "EXT_INFO_REQ", [1180] = "CHANGE_PASSWORD", [1240] = "STATUS_CHANGE", [1320] = "LOGIN_2", [1290] = "UPDATE_INFO", [1200] = "UPDATE_EXT_INFO", [1340] = "ADD_TO_LIST", [1110] = "REQ_ADD_TO_LIST", [1210] = "QUERY_SERVERS", [1220] = "QUERY_ADDONS", [1260] = "NEW_USER_1", [1020] = "NEW_USER_REG", [1190] = "NEW_USER_INFO", [1090] = "CMD_X1", [90] = "LOGIN_REPLY", [110] = "USER_ONLINE", [120] = "USER_OFFLINE", [140] = "USER_FOUND", [220] = "RECEIVE_MESSAGE", [160] = "END_OF_SEARCH", [280] = "INFO_REPLY", [290] = "EXT_INFO_REPLY", [420] = "STATUS_UPDATE", [540] = "REPLY_X1", [230] = "REPLY_X2", [480] = "UPDATE_REPLY", [200] = "UPDATE_EXT_REPLY", [70] = "NEW_USER_UIN", [180] = "NEW_USER_REPLY", [130] = "QUERY_REPLY", [450] = "SYSTEM_MESSAGE" }
F[2] = ProtoField.uint16("icqv2.command", "COMMAND", base.HEX, VS[1], nil, "Code for service the server should provide")
F[3] = ProtoField.uint16("icqv2.seq_num", "SEQ_NUM", base.DEC, nil, nil, "Sequence number")
F[4] = ProtoField.uint32("icqv2.uin", "UIN", base.DEC, nil, nil, "The senders UIN")
F[5] = ProtoField.uint32("icqv2.send_message.receiver_uin", "RECEIVER_UIN", base.DEC, nil, nil, "UIN of the user the message is sent to")
VS[2] = { [1] = "normal", [4] = "url", [12] = "you-were-added" }
F[6] = ProtoField.uint16("icqv2.send_message.message_type", "MESSAGE_TYPE", base.DEC, VS[2], nil, "Type of message being sent")
F[7] = ProtoField.string("icqv2.send_message.message", "MESSAGE", nil, "The message, ended by a NULL (00)")
F[8] = ProtoField.uint32("icqv2.login.port", "PORT", base.DEC, nil, nil, "The TCP port to use for incoming connections")
F[9] = ProtoField.string("icqv2.login.password", "PASSWORD", nil, "The user's password + NULL (max 8 chars)")
F[10] = ProtoField.bytes("icqv2.login.x1", "X1", base.NONE, "*Unknown")
F[11] = ProtoField.ipv4("icqv2.login.user_ip", "USER_IP", "The user's IP address")
F[12] = ProtoField.bytes("icqv2.login.x2", "X2", base.NONE, "*Unknown")
VS[3] = { [0] = "online", [1] = "away", [17] = "dnd", [256] = "invisible" }
F[13] = ProtoField.uint32("icqv2.login.status", "STATUS", base.HEX, VS[3], nil, "Users online status (normally 00 00 00 00)")
F[14] = ProtoField.bytes("icqv2.login.x3", "X3", base.NONE, "*Unknown")
F[15] = ProtoField.uint16("icqv2.login.login_seq_num", "LOGIN_SEQ_NUM", base.DEC, nil, nil, "Login sequence number")
F[16] = ProtoField.bytes("icqv2.login.x4", "X4", base.NONE, "*Unknown")
F[17] = ProtoField.bytes("icqv2.login.x5", "X5", base.NONE, "*Unknown")
F[18] = ProtoField.uint16("icqv2.contact_list.num_contacts", "NUM_CONTACTS", base.DEC, nil, nil, "Number of contacts following")
F[19] = ProtoField.uint32("icqv2.contact_list.uin", "UIN", base.DEC, nil, nil, "UIN of user on contact list")
F[20] = ProtoField.uint16("icqv2.search_uin.search_seq_num", "SEARCH_SEQ_NUM", base.DEC, nil, nil, "Search sequence number")
F[21] = ProtoField.uint32("icqv2.search_uin.searched_uin", "SEARCHED_UIN", base.DEC, nil, nil, "The UIN to search for")
F[22] = ProtoField.uint16("icqv2.search_user.search_seq_num", "SEARCH_SEQ_NUM", base.DEC, nil, nil, "Search sequence number")
F[23] = ProtoField.string("icqv2.search_user.nick_name", "NICK_NAME", nil, "Nick name to search for, NULL terminated")
F[24] = ProtoField.string("icqv2.search_user.first_name", "FIRST_NAME", nil, "First name to search for, NULL terminated")
F[25] = ProtoField.string("icqv2.search_user.last_name", "LAST_NAME", nil, "Last name to search for, NULL terminated")
F[26] = ProtoField.string("icqv2.search_user.e_mail", "E_MAIL", nil, "E-mail to search for, NULL terminated")
F[27] = ProtoField.string("icqv2.send_text_code.text_code", "TEXT_CODE", nil, "Message to send to server, NULL terminated")
F[28] = ProtoField.bytes("icqv2.send_text_code.x1", "X1", base.NONE, "*Unknown (code, usually 04 00 or 05 00)")
F[29] = ProtoField.uint16("icqv2.info_req.info_seq_num", "INFO_SEQ_NUM", base.DEC, nil, nil, "Information sequential number")
F[30] = ProtoField.uint32("icqv2.info_req.query_uin", "QUERY_UIN", base.DEC, nil, nil, "UIN of user to request information about")
F[31] = ProtoField.uint16("icqv2.ext_info_req.info_seq_num", "INFO_SEQ_NUM", base.DEC, nil, nil, "Information sequential number")
F[32] = ProtoField.uint32("icqv2.ext_info_req.query_uin", "QUERY_UIN", base.DEC, nil, nil, "UIN of user to request information about")
F[33] = ProtoField.uint16("icqv2.change_password.password_seq_num", "PASSWORD_SEQ_NUM", base.DEC, nil, nil, "Password changing sequential number")
F[34] = ProtoField.string("icqv2.change_password.new_password", "NEW_PASSWORD", nil, "The new password, NULL terminated (max 8 chars)")
F[35] = ProtoField.uint32("icqv2.status_change.status", "STATUS", base.HEX, VS[3], nil, "User's online status (Away etc)")
F[36] = ProtoField.bytes("icqv2.login_2.x1", "X1", base.NONE, "*Unknown")
F[37] = ProtoField.uint32("icqv2.login_reply.user_uin", "USER_UIN", base.DEC, nil, nil, "The user's UIN")
F[38] = ProtoField.ipv4("icqv2.login_reply.user_ip", "USER_IP", "The user's IP address")
F[39] = ProtoField.uint16("icqv2.login_reply.login_seq_num", "LOGIN_SEQ_NUM", base.DEC, nil, nil, "Login sequence number")
F[40] = ProtoField.bytes("icqv2.login_reply.x1", "X1", base.NONE, "*Unknown")
F[41] = ProtoField.bytes("icqv2.login_reply.x2", "X2", base.NONE, "*Unknown (xx=19 or 18)")
F[42] = ProtoField.bytes("icqv2.login_reply.x3", "X3", base.NONE, "*Unknown")
F[43] = ProtoField.bytes("icqv2.login_reply.x4", "X4", base.NONE, "*Unknown")
F[44] = ProtoField.bytes("icqv2.login_reply.x5", "X5", base.NONE, "*Unknown")
F[45] = ProtoField.uint32("icqv2.user_online.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "The UIN of the user who has logged in")
F[46] = ProtoField.ipv4("icqv2.user_online.remote_ip", "REMOTE_IP", "The IP address of the user")
F[47] = ProtoField.uint32("icqv2.user_online.remote_port", "REMOTE_PORT", base.DEC, nil, nil, "The TCP port of the user")
F[48] = ProtoField.ipv4("icqv2.user_online.remote_real_ip", "REMOTE_REAL_IP", "The actual IP address of the user")
F[49] = ProtoField.bytes("icqv2.user_online.x1", "X1", base.NONE, "*Unknown")
F[50] = ProtoField.uint32("icqv2.user_online.status", "STATUS", base.HEX, VS[3], nil, "New status of the user")
F[51] = ProtoField.bytes("icqv2.user_online.x2", "X2", base.NONE, "*Unknown")
F[52] = ProtoField.uint32("icqv2.user_offline.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "The UIN of the user who has logged out")
F[53] = ProtoField.uint16("icqv2.user_found.search_seq_num", "SEARCH_SEQ_NUM", base.DEC, nil, nil, "Search sequence number")
F[54] = ProtoField.uint32("icqv2.user_found.found_uin", "FOUND_UIN", base.DEC, nil, nil, "Found user's UIN")
F[55] = ProtoField.string("icqv2.user_found.nick_name", "NICK_NAME", nil, "Found user's nick name, NULL terminated")
F[56] = ProtoField.string("icqv2.user_found.first_name", "FIRST_NAME", nil, "Found user's first name, NULL terminated")
F[57] = ProtoField.string("icqv2.user_found.last_name", "LAST_NAME", nil, "Found user's last name, NULL terminated")
F[58] = ProtoField.string("icqv2.user_found.e_mail", "E_MAIL", nil, "Found user's e-mail, NULL terminated")
VS[4] = { [0] = "must authorize", [1] = "anyone may add" }
F[59] = ProtoField.uint8("icqv2.user_found.authorize", "AUTHORIZE", base.DEC, VS[4], nil, "User's authorization status")
F[60] = ProtoField.uint32("icqv2.receive_message.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "The sending user's UIN")
F[61] = ProtoField.uint16("icqv2.receive_message.year", "YEAR", base.DEC, nil, nil, "The year the message was sent")
F[62] = ProtoField.uint8("icqv2.receive_message.month", "MONTH", base.DEC, nil, nil, "The month the message was sent")
F[63] = ProtoField.uint8("icqv2.receive_message.day", "DAY", base.DEC, nil, nil, "The day of the month the message was sent")
F[64] = ProtoField.uint8("icqv2.receive_message.hour", "HOUR", base.DEC, nil, nil, "The hour the message was sent in GMT")
F[65] = ProtoField.uint8("icqv2.receive_message.minute", "MINUTE", base.DEC, nil, nil, "The minute the message was sent")
F[66] = ProtoField.uint16("icqv2.receive_message.type", "TYPE", base.DEC, VS[2], nil, "The type of message (message, URL, etc)")
F[67] = ProtoField.string("icqv2.receive_message.message", "MESSAGE", nil, "The message sent, NULL terminated")
F[68] = ProtoField.uint16("icqv2.end_of_search.search_seq_num", "SEARCH_SEQ_NUM", base.DEC, nil, nil, "Search sequence number")
VS[5] = { [0] = "all sent", [1] = "more than 40, not sent" }
F[69] = ProtoField.uint8("icqv2.end_of_search.more_found", "MORE_FOUND", base.DEC, VS[5], nil, "More users found but not displayed?")
F[70] = ProtoField.uint16("icqv2.info_reply.info_seq_num", "INFO_SEQ_NUM", base.DEC, nil, nil, "Information sequence number")
F[71] = ProtoField.uint32("icqv2.info_reply.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "The remote user's UIN")
F[72] = ProtoField.string("icqv2.info_reply.nick_name", "NICK_NAME", nil, "The remote user's nick name")
F[73] = ProtoField.string("icqv2.info_reply.first_name", "FIRST_NAME", nil, "The remote user's first name")
F[74] = ProtoField.string("icqv2.info_reply.last_name", "LAST_NAME", nil, "The remote user's last name")
F[75] = ProtoField.string("icqv2.info_reply.e_mail", "E_MAIL", nil, "The remote user's e-mail")
F[76] = ProtoField.uint8("icqv2.info_reply.authorize", "AUTHORIZE", base.DEC, VS[4], nil, "User's authorization status")
F[77] = ProtoField.uint16("icqv2.ext_info_reply.info_seq_num", "INFO_SEQ_NUM", base.DEC, nil, nil, "Information sequence number")
F[78] = ProtoField.uint32("icqv2.ext_info_reply.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "The remote user's UIN")
F[79] = ProtoField.string("icqv2.ext_info_reply.city", "CITY", nil, "The remote user's city")
VS[6] = { [65535] = "not entered" }
F[80] = ProtoField.uint16("icqv2.ext_info_reply.country_code", "COUNTRY_CODE", base.DEC, VS[6], nil, "The remote user's country code")
VS[7] = { [254] = "entered", [156] = "not entered" }
F[81] = ProtoField.uint8("icqv2.ext_info_reply.country_status", "COUNTRY_STATUS", base.DEC, VS[7], nil, "Indicates if COUNTRY_CODE is entered or not")
F[82] = ProtoField.string("icqv2.ext_info_reply.state", "STATE", nil, "The remote user's state (USA only)")
F[83] = ProtoField.uint16("icqv2.ext_info_reply.age", "AGE", base.DEC, VS[6], nil, "The remote user's age")
VS[8] = { [0] = "not specified", [1] = "female", [2] = "male" }
F[84] = ProtoField.uint8("icqv2.ext_info_reply.sex", "SEX", base.DEC, VS[8], nil, "The remote user's sex")
F[85] = ProtoField.string("icqv2.ext_info_reply.phone", "PHONE", nil, "The remote user's phone")
F[86] = ProtoField.string("icqv2.ext_info_reply.home_page", "HOME_PAGE", nil, "The remote user's home page")
F[87] = ProtoField.string("icqv2.ext_info_reply.about", "ABOUT", nil, "The remote user's presentation")
F[88] = ProtoField.uint32("icqv2.status_update.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "UIN of the user whos status has changed")
F[89] = ProtoField.uint32("icqv2.status_update.status", "STATUS", base.HEX, VS[3], nil, "The new online status of the user")
F[90] = ProtoField.bytes("icqv2.parameters", "PARAMETERS", base.NONE, "0 or more parameters (depending on COMMAND)")
F[91] = ProtoField.bytes("icqv2.trailing", "TRAILING", base.NONE, "Bytes after the last field of the layout")
F[92] = ProtoField.uint32("icqv2.receiver_uin", "RECEIVER_UIN", base.DEC, nil, nil, "UIN of the user the message is sent to")
F[93] = ProtoField.uint16("icqv2.message_type", "MESSAGE_TYPE", base.DEC, VS[2], nil, "Type of message being sent")
F[94] = ProtoField.string("icqv2.message", "MESSAGE", nil, "The message, ended by a NULL (00)")
F[95] = ProtoField.uint32("icqv2.port", "PORT", base.DEC, nil, nil, "The TCP port to use for incoming connections")
F[96] = ProtoField.string("icqv2.password", "PASSWORD", nil, "The user's password + NULL (max 8 chars)")
F[97] = ProtoField.ipv4("icqv2.user_ip", "USER_IP", "The user's IP address")
F[98] = ProtoField.uint32("icqv2.status", "STATUS", base.HEX, VS[3], nil, "Users online status (normally 00 00 00 00)")
F[99] = ProtoField.uint16("icqv2.login_seq_num", "LOGIN_SEQ_NUM", base.DEC, nil, nil, "Login sequence number")
F[100] = ProtoField.uint16("icqv2.num_contacts", "NUM_CONTACTS", base.DEC, nil, nil, "Number of contacts following")
F[101] = ProtoField.uint16("icqv2.search_seq_num", "SEARCH_SEQ_NUM", base.DEC, nil, nil, "Search sequence number")
F[102] = ProtoField.uint32("icqv2.searched_uin", "SEARCHED_UIN", base.DEC, nil, nil, "The UIN to search for")
F[103] = ProtoField.string("icqv2.nick_name", "NICK_NAME", nil, "Nick name to search for, NULL terminated")
F[104] = ProtoField.string("icqv2.first_name", "FIRST_NAME", nil, "First name to search for, NULL terminated")
F[105] = ProtoField.string("icqv2.last_name", "LAST_NAME", nil, "Last name to search for, NULL terminated")
F[106] = ProtoField.string("icqv2.e_mail", "E_MAIL", nil, "E-mail to search for, NULL terminated")
F[107] = ProtoField.string("icqv2.text_code", "TEXT_CODE", nil, "Message to send to server, NULL terminated")
F[108] = ProtoField.uint16("icqv2.info_seq_num", "INFO_SEQ_NUM", base.DEC, nil, nil, "Information sequential number")
F[109] = ProtoField.uint32("icqv2.query_uin", "QUERY_UIN", base.DEC, nil, nil, "UIN of user to request information about")
F[110] = ProtoField.uint16("icqv2.password_seq_num", "PASSWORD_SEQ_NUM", base.DEC, nil, nil, "Password changing sequential number")
F[111] = ProtoField.string("icqv2.new_password", "NEW_PASSWORD", nil, "The new password, NULL terminated (max 8 chars)")
F[112] = ProtoField.uint32("icqv2.user_uin", "USER_UIN", base.DEC, nil, nil, "The user's UIN")
F[113] = ProtoField.uint32("icqv2.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "The UIN of the user who has logged in")
F[114] = ProtoField.ipv4("icqv2.remote_ip", "REMOTE_IP", "The IP address of the user")
F[115] = ProtoField.uint32("icqv2.remote_port", "REMOTE_PORT", base.DEC, nil, nil, "The TCP port of the user")
F[116] = ProtoField.ipv4("icqv2.remote_real_ip", "REMOTE_REAL_IP", "The actual IP address of the user")
F[117] = ProtoField.uint32("icqv2.found_uin", "FOUND_UIN", base.DEC, nil, nil, "Found user's UIN")
F[118] = ProtoField.uint8("icqv2.authorize", "AUTHORIZE", base.DEC, VS[4], nil, "User's authorization status")
F[119] = ProtoField.uint16("icqv2.year", "YEAR", base.DEC, nil, nil, "The year the message was sent")
F[120] = ProtoField.uint8("icqv2.month", "MONTH", base.DEC, nil, nil, "The month the message was sent")
F[121] = ProtoField.uint8("icqv2.day", "DAY", base.DEC, nil, nil, "The day of the month the message was sent")
F[122] = ProtoField.uint8("icqv2.hour", "HOUR", base.DEC, nil, nil, "The hour the message was sent in GMT")
F[123] = ProtoField.uint8("icqv2.minute", "MINUTE", base.DEC, nil, nil, "The minute the message was sent")
F[124] = ProtoField.uint16("icqv2.type", "TYPE", base.DEC, VS[2], nil, "The type of message (message, URL, etc)")
F[125] = ProtoField.uint8("icqv2.more_found", "MORE_FOUND", base.DEC, VS[5], nil, "More users found but not displayed?")
F[126] = ProtoField.string("icqv2.city", "CITY", nil, "The remote user's city")
F[127] = ProtoField.uint16("icqv2.country_code", "COUNTRY_CODE", base.DEC, VS[6], nil, "The remote user's country code")
F[128] = ProtoField.uint8("icqv2.country_status", "COUNTRY_STATUS", base.DEC, VS[7], nil, "Indicates if COUNTRY_CODE is entered or not")
F[129] = ProtoField.string("icqv2.state", "STATE", nil, "The remote user's state (USA only)")
F[130] = ProtoField.uint16("icqv2.age", "AGE", base.DEC, VS[6], nil, "The remote user's age")
F[131] = ProtoField.uint8("icqv2.sex", "SEX", base.DEC, VS[8], nil, "The remote user's sex")
F[132] = ProtoField.string("icqv2.phone", "PHONE", nil, "The remote user's phone")
F[133] = ProtoField.string("icqv2.home_page", "HOME_PAGE", nil, "The remote user's home page")
F[134] = ProtoField.string("icqv2.about", "ABOUT", nil, "The remote user's presentation")
F[135] = ProtoField.uint16("icqv2.peer.length", "LENGTH", base.DEC, nil, nil, "Length of this packet")
F[136] = ProtoField.uint32("icqv2.peer.uin", "UIN", base.DEC, nil, nil, "The local user's UIN")
VS[9] = { [2] = "peer v2", [3] = "peer v3" }
F[137] = ProtoField.uint16("icqv2.peer.version", "VERSION", base.DEC, VS[9], nil, "Identifies this as a ICQ packet")
VS[10] = { [2030] = "CHANNEL_MESSAGE", [2010] = "CHANNEL_ACK", [2000] = "CHANNEL_CANCEL" }
F[138] = ProtoField.uint16("icqv2.peer.msg_command", "MSG_COMMAND", base.HEX, VS[10], nil, "The message type for CHANNEL_MESSAGE")
F[139] = ProtoField.bytes("icqv2.peer.x1", "X1", base.NONE, "*Unknown")
F[140] = ProtoField.uint32("icqv2.peer.uin_2", "UIN_2", base.DEC, nil, nil, "The local user's UIN")
F[141] = ProtoField.uint16("icqv2.peer.type", "TYPE", base.DEC, VS[2], nil, "Message type")
F[142] = ProtoField.string("icqv2.peer.message", "MESSAGE", nil, "The message to be sent, NULL terminated")
F[143] = ProtoField.ipv4("icqv2.peer.my_ip_real", "MY_IP_REAL", "The user's actual IP address")
F[144] = ProtoField.ipv4("icqv2.peer.my_ip", "MY_IP", "The user's IP address")
F[145] = ProtoField.uint32("icqv2.peer.port", "PORT", base.DEC, nil, nil, "The user's TCP port for incoming messages")
F[146] = ProtoField.bytes("icqv2.peer.x2", "X2", base.NONE, "*Unknown")
F[147] = ProtoField.bytes("icqv2.peer.x3", "X3", base.NONE, "*Unknown")
VS[11] = { [16] = "real message", [0] = "auto reply" }
F[148] = ProtoField.uint16("icqv2.peer.cmd_type", "CMD_TYPE", base.DEC, VS[11], nil, "Identifies message as new message or reply")
F[149] = ProtoField.bytes("icqv2.peer.x4", "X4", base.NONE, "*Unknown (checksum? sequence number?)")
F[150] = ProtoField.uint16("icqv2.peer.channel_init.length", "LENGTH", base.DEC, nil, nil, "Length of this packet")
F[151] = ProtoField.uint8("icqv2.peer.channel_init.init_ident", "INIT_IDENT", base.DEC, nil, nil, "Identifies this packet as an initiation")
F[152] = ProtoField.bytes("icqv2.peer.channel_init.x1", "X1", base.NONE, "*Unknown (the peer version)")
F[153] = ProtoField.bytes("icqv2.peer.channel_init.x2", "X2", base.NONE, "*Unknown")
F[154] = ProtoField.uint32("icqv2.peer.channel_init.my_uin", "MY_UIN", base.DEC, nil, nil, "The local user's UIN")
F[155] = ProtoField.ipv4("icqv2.peer.channel_init.my_ip", "MY_IP", "The user's IP address")
F[156] = ProtoField.ipv4("icqv2.peer.channel_init.my_ip_real", "MY_IP_REAL", "The user's actual IP address")
F[157] = ProtoField.bytes("icqv2.peer.channel_init.x3", "X3", base.NONE, "*Unknown")
F[158] = ProtoField.uint32("icqv2.peer.channel_init.my_port", "MY_PORT", base.DEC, nil, nil, "The user's TCP port for incoming messages")
F[159] = ProtoField.uint8("icqv2.peer.init_ident", "INIT_IDENT", base.DEC, nil, nil, "Identifies this packet as an initiation")
F[160] = ProtoField.uint32("icqv2.peer.my_uin", "MY_UIN", base.DEC, nil, nil, "The local user's UIN")
F[161] = ProtoField.uint32("icqv2.peer.my_port", "MY_PORT", base.DEC, nil, nil, "The user's TCP port for incoming messages")
F[162] = ProtoField.uint16("icqv5.version", "VERSION", base.DEC, nil, nil, "Protocol version")
F[163] = ProtoField.uint32("icqv5.zero", "ZERO", base.DEC, nil, nil, "Always 0")
F[164] = ProtoField.uint32("icqv5.uin", "UIN", base.DEC, nil, nil, "The sender's UIN (0 while registering)")
F[165] = ProtoField.uint32("icqv5.session_id", "SESSION_ID", base.HEX, nil, nil, "Random number chosen at login, the same in every packet of the session")
VS[12] = { [10] = "CMD_ACK", [270] = "CMD_SEND_MESSAGE", [350] = "CMD_TCP_REQUEST", [1000] = "CMD_LOGIN", [1010] = "CMD_CHECK_CREDENTIALS", [1020] = "CMD_REG_NEW_USER", [1030] = "CMD_CONTACT_LIST", [1050] = "CMD_SEARCH_UIN", [1060] = "CMD_SEARCH_USER", [1070] = "CMD_KEEP_ALIVE", [1080] = "CMD_SEND_TEXT_CODE", [1090] = "CMD_ACK_MESSAGES", [1100] = "CMD_LOGIN_1", [1110] = "CMD_MSG_TO_NEW_USER", [1120] = "CMD_INFO_REQ", [1130] = "CMD_EXT_INFO_REQ", [1180] = "CMD_CHANGE_PW", [1190] = "CMD_NEW_USER_INFO", [1200] = "CMD_UPDATE_EXT_INFO", [1210] = "CMD_QUERY_SERVERS", [1220] = "CMD_QUERY_ADDONS", [1240] = "CMD_STATUS_CHANGE", [1260] = "CMD_NEW_USER_1", [1290] = "CMD_UPDATE_INFO", [1300] = "CMD_AUTH_UPDATE", [1310] = "CMD_KEEP_ALIVE2", [1320] = "CMD_LOGIN_2", [1340] = "CMD_ADD_TO_LIST", [1380] = "CMD_RAND_SET", [1390] = "CMD_RAND_SEARCH", [1610] = "CMD_META_USER", [1700] = "CMD_INVIS_LIST", [1710] = "CMD_VIS_LIST", [1720] = "CMD_UPDATE_LIST", [30] = "SRV_SILENT_TOO_LONG", [40] = "SRV_GO_AWAY", [70] = "SRV_NEW_UIN", [90] = "SRV_LOGIN_REPLY", [100] = "SRV_BAD_PASS", [110] = "SRV_USER_ONLINE", [120] = "SRV_USER_OFFLINE", [130] = "SRV_QUERY", [140] = "SRV_USER_FOUND", [160] = "SRV_END_OF_SEARCH", [180] = "SRV_NEW_USER", [200] = "SRV_UPDATE_EXT", [210] = "SRV_UPDATE_EXT_FAIL", [220] = "SRV_RECV_MESSAGE", [230] = "SRV_X2", [240] = "SRV_NOT_CONNECTED", [250] = "SRV_TRY_AGAIN", [260] = "SRV_SYS_DELIVERED_MESS", [280] = "SRV_INFO_REPLY", [290] = "SRV_EXT_INFO_REPLY", [300] = "SRV_INFO_FAIL", [420] = "SRV_STATUS_UPDATE", [450] = "SRV_SYSTEM_MESSAGE", [480] = "SRV_UPDATE_SUCCESS", [490] = "SRV_UPDATE_FAIL", [500] = "SRV_AUTH_UPDATE", [510] = "SRV_AUTH_UPDATED", [530] = "SRV_MULTI_PACKET", [540] = "SRV_X1", [590] = "SRV_RAND_USER", [880] = "SRV_LOGIN_ERR", [990] = "SRV_META_USER" }
F[166] = ProtoField.uint16("icqv5.command", "COMMAND", base.HEX, VS[12], nil, "Command code")
F[167] = ProtoField.uint16("icqv5.seq_num1", "SEQ_NUM1", base.DEC, nil, nil, "Sequence number, +1 per packet except ACKs")
F[168] = ProtoField.uint16("icqv5.seq_num2", "SEQ_NUM2", base.DEC, nil, nil, "Second sequence number: the client's counter, or the request's echoed in a reply")
F[169] = ProtoField.uint32("icqv5.checkcode", "CHECKCODE", base.HEX, nil, nil, "Checkcode (scrambled on the wire); shown descrambled")
F[170] = ProtoField.uint32("icqv5.cmd_ack.random", "RANDOM", base.HEX, nil, nil, "A random number (the packet's only parameter)")
F[171] = ProtoField.uint32("icqv5.cmd_send_message.to_uin", "TO_UIN", base.DEC, nil, nil, "UIN of the receiver")
VS[13] = { [1] = "text", [2] = "chat request", [3] = "file request", [4] = "url", [6] = "auth request", [7] = "auth denied", [8] = "auth granted", [9] = "server message", [12] = "you were added", [13] = "web pager", [14] = "e-mail express", [19] = "contacts", [26] = "plug-in", [32769] = "text, to several", [32772] = "url, to several" }
F[172] = ProtoField.uint16("icqv5.cmd_send_message.msg_type", "MSG_TYPE", base.DEC, VS[13], nil, "Message type, 0x8000 = to several recipients")
F[173] = ProtoField.string("icqv5.cmd_send_message.message", "MESSAGE", nil, "The message; parts separated by FE")
F[174] = ProtoField.uint32("icqv5.cmd_tcp_request.target_uin", "TARGET_UIN", base.DEC, nil, nil, "UIN of the contact")
F[175] = ProtoField.ipv4("icqv5.cmd_tcp_request.own_ip", "OWN_IP", "Own IP address")
F[176] = ProtoField.uint32("icqv5.cmd_tcp_request.own_port", "OWN_PORT", base.DEC, nil, nil, "Own TCP port")
VS[14] = { [0] = "no TCP", [1] = "firewall", [2] = "indirect", [4] = "direct" }
F[177] = ProtoField.uint8("icqv5.cmd_tcp_request.mode", "MODE", base.DEC, VS[14], nil, "Peer connection mode")
F[178] = ProtoField.uint32("icqv5.cmd_tcp_request.port", "PORT", base.DEC, nil, nil, "Port")
F[179] = ProtoField.uint32("icqv5.cmd_tcp_request.port2", "PORT2", base.DEC, nil, nil, "Port (copy)")
F[180] = ProtoField.uint16("icqv5.cmd_tcp_request.x1", "X1", base.DEC, nil, nil, "*Unknown (2)")
F[181] = ProtoField.uint32("icqv5.cmd_login.time", "TIME", base.DEC, nil, nil, "Client clock, seconds since 1970")
F[182] = ProtoField.uint32("icqv5.cmd_login.tcp_port", "TCP_PORT", base.DEC, nil, nil, "Peer-to-peer listening port, 0 if none")
F[183] = ProtoField.string("icqv5.cmd_login.password", "PASSWORD", nil, "The password")
F[184] = ProtoField.uint32("icqv5.cmd_login.x1", "X1", base.DEC, nil, nil, "*Unknown (varies by client)")
F[185] = ProtoField.ipv4("icqv5.cmd_login.internal_ip", "INTERNAL_IP", "The client's own address")
F[186] = ProtoField.uint8("icqv5.cmd_login.mode", "MODE", base.DEC, VS[14], nil, "Peer connection mode")
VS[15] = { [0] = "online", [1] = "away", [5] = "n/a", [17] = "occupied", [19] = "dnd", [32] = "free for chat", [256] = "invisible", [65536] = "online, web-aware", [65537] = "away, web-aware" }
F[187] = ProtoField.uint32("icqv5.cmd_login.status", "STATUS", base.HEX, VS[15], nil, "Initial status")
F[188] = ProtoField.uint16("icqv5.cmd_login.tcp_version", "TCP_VERSION", base.DEC, nil, nil, "Peer protocol version (6 for ICQ 99)")
F[189] = ProtoField.uint16("icqv5.cmd_login.x2", "X2", base.DEC, nil, nil, "*Unknown (0)")
F[190] = ProtoField.bytes("icqv5.cmd_login.trailer", "TRAILER", base.NONE, "Client-specific trailer (ICQ 99b: 0, 02 00 3F 01, 0x50, 3, BUILD, ...)")
F[191] = ProtoField.uint32("icqv5.cmd_check_credentials.check_uin", "CHECK_UIN", base.DEC, nil, nil, "UIN")
F[192] = ProtoField.string("icqv5.cmd_check_credentials.password", "PASSWORD", nil, "The password")
F[193] = ProtoField.uint32("icqv5.cmd_check_credentials.client_version", "CLIENT_VERSION", base.DEC, nil, nil, "Client version")
F[194] = ProtoField.string("icqv5.cmd_reg_new_user.password", "PASSWORD", nil, "The new account's password")
F[195] = ProtoField.bytes("icqv5.cmd_reg_new_user.x1", "X1", base.NONE, "*Unknown (clients send A0 00 00 00 61 24 00 00 00 00 A0 00 00 00 00 00)")
F[196] = ProtoField.uint8("icqv5.cmd_contact_list.count", "COUNT", base.DEC, nil, nil, "Number of UINs following")
F[197] = ProtoField.uint32("icqv5.cmd_contact_list.uin", "UIN", base.DEC, nil, nil, "UIN on the contact list")
F[198] = ProtoField.uint32("icqv5.cmd_search_uin.search_uin", "SEARCH_UIN", base.DEC, nil, nil, "UIN to search for")
F[199] = ProtoField.string("icqv5.cmd_search_user.nick", "NICK", nil, "Nick name")
F[200] = ProtoField.string("icqv5.cmd_search_user.first", "FIRST", nil, "First name")
F[201] = ProtoField.string("icqv5.cmd_search_user.last", "LAST", nil, "Last name")
F[202] = ProtoField.string("icqv5.cmd_search_user.email", "EMAIL", nil, "E-mail")
F[203] = ProtoField.uint32("icqv5.cmd_keep_alive.random", "RANDOM", base.HEX, nil, nil, "A random number (the packet's only parameter)")
F[204] = ProtoField.string("icqv5.cmd_send_text_code.text_code", "TEXT_CODE", nil, "The text command")
F[205] = ProtoField.uint16("icqv5.cmd_send_text_code.x1", "X1", base.DEC, nil, nil, "*Unknown")
F[206] = ProtoField.uint32("icqv5.cmd_ack_messages.random", "RANDOM", base.HEX, nil, nil, "A random number (the packet's only parameter)")
F[207] = ProtoField.uint32("icqv5.cmd_login_1.random", "RANDOM", base.HEX, nil, nil, "A random number (the packet's only parameter)")
F[208] = ProtoField.uint32("icqv5.cmd_msg_to_new_user.to_uin", "TO_UIN", base.DEC, nil, nil, "UIN of the receiver")
F[209] = ProtoField.uint16("icqv5.cmd_msg_to_new_user.msg_type", "MSG_TYPE", base.DEC, VS[13], nil, "Message type, 0x8000 = to several recipients")
F[210] = ProtoField.string("icqv5.cmd_msg_to_new_user.message", "MESSAGE", nil, "The message; parts separated by FE")
F[211] = ProtoField.uint32("icqv5.cmd_info_req.query_uin", "QUERY_UIN", base.DEC, nil, nil, "UIN asked about")
F[212] = ProtoField.uint32("icqv5.cmd_ext_info_req.query_uin", "QUERY_UIN", base.DEC, nil, nil, "UIN asked about")
F[213] = ProtoField.string("icqv5.cmd_new_user_info.nick", "NICK", nil, "Nick name")
F[214] = ProtoField.string("icqv5.cmd_new_user_info.first", "FIRST", nil, "First name")
F[215] = ProtoField.string("icqv5.cmd_new_user_info.last", "LAST", nil, "Last name")
F[216] = ProtoField.string("icqv5.cmd_new_user_info.email", "EMAIL", nil, "E-mail")
F[217] = ProtoField.uint8("icqv5.cmd_new_user_info.x1", "X1", base.DEC, nil, nil, "*Unknown")
F[218] = ProtoField.uint8("icqv5.cmd_new_user_info.x2", "X2", base.DEC, nil, nil, "*Unknown")
F[219] = ProtoField.uint8("icqv5.cmd_new_user_info.x3", "X3", base.DEC, nil, nil, "*Unknown")
F[220] = ProtoField.string("icqv5.cmd_update_ext_info.city", "CITY", nil, "City")
F[221] = ProtoField.uint16("icqv5.cmd_update_ext_info.country", "COUNTRY", base.DEC, nil, nil, "Country (telephone prefix)")
F[222] = ProtoField.uint8("icqv5.cmd_update_ext_info.timezone", "TIMEZONE", base.DEC, nil, nil, "Time zone")
F[223] = ProtoField.string("icqv5.cmd_update_ext_info.state", "STATE", nil, "State")
F[224] = ProtoField.uint16("icqv5.cmd_update_ext_info.age", "AGE", base.DEC, nil, nil, "Age")
VS[16] = { [0] = "unspecified", [1] = "female", [2] = "male" }
F[225] = ProtoField.uint8("icqv5.cmd_update_ext_info.sex", "SEX", base.DEC, VS[16], nil, "Sex")
F[226] = ProtoField.string("icqv5.cmd_update_ext_info.phone", "PHONE", nil, "Phone")
F[227] = ProtoField.string("icqv5.cmd_update_ext_info.homepage", "HOMEPAGE", nil, "Home page")
F[228] = ProtoField.string("icqv5.cmd_update_ext_info.about", "ABOUT", nil, "About")
F[229] = ProtoField.uint32("icqv5.cmd_update_ext_info.zip", "ZIP", base.DEC, nil, nil, "ZIP code")
F[230] = ProtoField.uint32("icqv5.cmd_status_change.status", "STATUS", base.HEX, VS[15], nil, "The new status")
F[231] = ProtoField.uint32("icqv5.cmd_new_user_1.cookie", "COOKIE", base.HEX, nil, nil, "Random cookie, echoed in the SRV_ACK")
F[232] = ProtoField.string("icqv5.cmd_update_info.nick", "NICK", nil, "Nick name")
F[233] = ProtoField.string("icqv5.cmd_update_info.first", "FIRST", nil, "First name")
F[234] = ProtoField.string("icqv5.cmd_update_info.last", "LAST", nil, "Last name")
F[235] = ProtoField.string("icqv5.cmd_update_info.email", "EMAIL", nil, "E-mail")
F[236] = ProtoField.uint32("icqv5.cmd_auth_update.authorize", "AUTHORIZE", base.DEC, nil, nil, "1 = no authorization needed")
F[237] = ProtoField.uint32("icqv5.cmd_keep_alive2.random", "RANDOM", base.HEX, nil, nil, "A random number (the packet's only parameter)")
F[238] = ProtoField.uint32("icqv5.cmd_add_to_list.add_uin", "ADD_UIN", base.DEC, nil, nil, "UIN added")
VS[17] = { [0] = "none", [1] = "general", [2] = "romance", [3] = "games", [4] = "students", [6] = "20-something", [7] = "30-something", [8] = "40-something", [9] = "50 plus", [10] = "man seeking women", [11] = "woman seeking men" }
F[239] = ProtoField.uint32("icqv5.cmd_rand_set.group", "GROUP", base.DEC, VS[17], nil, "Random-chat group")
F[240] = ProtoField.uint32("icqv5.cmd_rand_search.group", "GROUP", base.DEC, VS[17], nil, "Random-chat group")
VS[18] = { [1000] = "META_SET_BASIC", [1001] = "META_SET_BASIC2", [1010] = "META_SET_WORK", [1011] = "META_SET_WORK2", [1020] = "META_SET_MORE", [1021] = "META_SET_MORE2", [1030] = "META_SET_ABOUT", [1040] = "META_SET_INTERESTS", [1050] = "META_SET_AFFILIATIONS", [1060] = "META_SET_SECURITY", [1070] = "META_SET_PASS", [1090] = "META_SET_HPCAT", [1200] = "META_USER_FULLINFO", [1201] = "META_USER_FULLINFO2", [1210] = "META_USER_INFO", [1220] = "META_USER_UNREGISTER", [1230] = "META_USER_LOGININFO", [1231] = "META_USER_LOGININFO2", [1300] = "META_SEARCH_NAME", [1301] = "META_SEARCH_NAME2", [1310] = "META_SEARCH_UIN", [1311] = "META_SEARCH_UIN2", [1320] = "META_SEARCH_EMAIL", [1321] = "META_SEARCH_EMAIL2", [1330] = "META_SEARCH_WHITE", [1331] = "META_SEARCH_WHITE2", [1720] = "META_USAGE_STATS", [2000] = "META_LOGIN" }
F[241] = ProtoField.uint16("icqv5.cmd_meta_user.subcmd", "SUBCMD", base.DEC, VS[18], nil, "Meta subcommand")
F[242] = ProtoField.uint8("icqv5.cmd_invis_list.count", "COUNT", base.DEC, nil, nil, "Number of UINs following")
F[243] = ProtoField.uint32("icqv5.cmd_invis_list.uin", "UIN", base.DEC, nil, nil, "UIN on the invisible list")
F[244] = ProtoField.uint8("icqv5.cmd_vis_list.count", "COUNT", base.DEC, nil, nil, "Number of UINs following")
F[245] = ProtoField.uint32("icqv5.cmd_vis_list.uin", "UIN", base.DEC, nil, nil, "UIN on the visible list")
F[246] = ProtoField.uint32("icqv5.cmd_update_list.list_uin", "LIST_UIN", base.DEC, nil, nil, "UIN")
F[247] = ProtoField.uint8("icqv5.cmd_update_list.list", "LIST", base.DEC, nil, nil, "Which list (licq: 1 visible, 0 invisible; iserverd: 2, 1)")
F[248] = ProtoField.uint8("icqv5.cmd_update_list.action", "ACTION", base.DEC, nil, nil, "1 add, 0 remove")
F[249] = ProtoField.bytes("icqv5.srv_ack.body", "BODY", base.NONE, "Normally none; iserverd: 0A, COOKIE, 01 00 after CMD_NEW_USER_1")
F[250] = ProtoField.bytes("icqv5.srv_silent_too_long.body", "BODY", base.NONE, "licq: CODE u32; iserverd: D0 07 00 00 46 00")
F[251] = ProtoField.uint32("icqv5.srv_new_uin.cookie", "COOKIE", base.DEC, nil, nil, "Cookie of the request")
F[252] = ProtoField.uint16("icqv5.srv_login_reply.x1", "X1", base.DEC, nil, nil, "*Unknown (0x008C)")
F[253] = ProtoField.uint16("icqv5.srv_login_reply.x2", "X2", base.DEC, nil, nil, "*Unknown (0)")
F[254] = ProtoField.uint16("icqv5.srv_login_reply.ping_interval", "PING_INTERVAL", base.DEC, nil, nil, "Keep-alive interval, seconds")
F[255] = ProtoField.uint16("icqv5.srv_login_reply.timeout", "TIMEOUT", base.DEC, nil, nil, "Timeout, seconds")
F[256] = ProtoField.uint16("icqv5.srv_login_reply.x3", "X3", base.DEC, nil, nil, "*Unknown (0x000A)")
F[257] = ProtoField.uint16("icqv5.srv_login_reply.retries", "RETRIES", base.DEC, nil, nil, "Retries")
F[258] = ProtoField.ipv4("icqv5.srv_login_reply.client_ip", "CLIENT_IP", "The client's address as the server sees it")
F[259] = ProtoField.uint32("icqv5.srv_login_reply.x4", "X4", base.DEC, nil, nil, "*Unknown (server id?)")
F[260] = ProtoField.uint32("icqv5.srv_user_online.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "The contact's UIN")
F[261] = ProtoField.ipv4("icqv5.srv_user_online.ip", "IP", "External address")
F[262] = ProtoField.uint32("icqv5.srv_user_online.tcp_port", "TCP_PORT", base.DEC, nil, nil, "Peer TCP port")
F[263] = ProtoField.ipv4("icqv5.srv_user_online.real_ip", "REAL_IP", "Internal address")
F[264] = ProtoField.uint8("icqv5.srv_user_online.mode", "MODE", base.DEC, VS[14], nil, "Peer connection mode")
F[265] = ProtoField.uint32("icqv5.srv_user_online.status", "STATUS", base.HEX, VS[15], nil, "The contact's status")
F[266] = ProtoField.uint32("icqv5.srv_user_online.tcp_version", "TCP_VERSION", base.DEC, nil, nil, "Peer protocol version (6 for ICQ 99)")
F[267] = ProtoField.uint32("icqv5.srv_user_online.dc_cookie", "DC_COOKIE", base.DEC, nil, nil, "Direct connection cookie")
F[268] = ProtoField.uint32("icqv5.srv_user_online.web_port", "WEB_PORT", base.DEC, nil, nil, "Web port")
F[269] = ProtoField.uint32("icqv5.srv_user_online.client_features", "CLIENT_FEATURES", base.DEC, nil, nil, "Client features")
F[270] = ProtoField.uint32("icqv5.srv_user_online.info_time", "INFO_TIME", base.DEC, nil, nil, "Info update time / client id 1 (licq: BUILD)")
F[271] = ProtoField.uint32("icqv5.srv_user_online.more_time", "MORE_TIME", base.DEC, nil, nil, "Client id 2")
F[272] = ProtoField.uint32("icqv5.srv_user_online.status_time", "STATUS_TIME", base.DEC, nil, nil, "Client id 3")
F[273] = ProtoField.uint32("icqv5.srv_user_offline.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "The contact's UIN")
F[274] = ProtoField.uint32("icqv5.srv_user_found.found_uin", "FOUND_UIN", base.DEC, nil, nil, "UIN found")
F[275] = ProtoField.string("icqv5.srv_user_found.nick", "NICK", nil, "Nick name")
F[276] = ProtoField.string("icqv5.srv_user_found.first", "FIRST", nil, "First name")
F[277] = ProtoField.string("icqv5.srv_user_found.last", "LAST", nil, "Last name")
F[278] = ProtoField.string("icqv5.srv_user_found.email", "EMAIL", nil, "E-mail")
F[279] = ProtoField.uint8("icqv5.srv_user_found.auth", "AUTH", base.DEC, nil, nil, "0 = ask before adding, 1 = free")
F[280] = ProtoField.uint8("icqv5.srv_user_found.search_status", "SEARCH_STATUS", base.DEC, nil, nil, "0 offline, 1 online, 2 disabled")
F[281] = ProtoField.uint8("icqv5.srv_end_of_search.more", "MORE", base.DEC, nil, nil, "1 = more hits exist")
F[282] = ProtoField.uint32("icqv5.srv_recv_message.from_uin", "FROM_UIN", base.DEC, nil, nil, "The sender's UIN")
F[283] = ProtoField.uint16("icqv5.srv_recv_message.year", "YEAR", base.DEC, nil, nil, "Year (UTC)")
F[284] = ProtoField.uint8("icqv5.srv_recv_message.month", "MONTH", base.DEC, nil, nil, "Month")
F[285] = ProtoField.uint8("icqv5.srv_recv_message.day", "DAY", base.DEC, nil, nil, "Day")
F[286] = ProtoField.uint8("icqv5.srv_recv_message.hour", "HOUR", base.DEC, nil, nil, "Hour")
F[287] = ProtoField.uint8("icqv5.srv_recv_message.minute", "MINUTE", base.DEC, nil, nil, "Minute")
F[288] = ProtoField.uint16("icqv5.srv_recv_message.msg_type", "MSG_TYPE", base.DEC, VS[13], nil, "Message type, 0x8000 = to several recipients")
F[289] = ProtoField.string("icqv5.srv_recv_message.message", "MESSAGE", nil, "The message; parts separated by FE")
F[290] = ProtoField.uint32("icqv5.srv_sys_delivered_mess.from_uin", "FROM_UIN", base.DEC, nil, nil, "The sender's UIN")
F[291] = ProtoField.uint16("icqv5.srv_sys_delivered_mess.msg_type", "MSG_TYPE", base.DEC, VS[13], nil, "Message type, 0x8000 = to several recipients")
F[292] = ProtoField.string("icqv5.srv_sys_delivered_mess.message", "MESSAGE", nil, "The message; parts separated by FE")
F[293] = ProtoField.uint32("icqv5.srv_info_reply.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "UIN asked about")
F[294] = ProtoField.string("icqv5.srv_info_reply.nick", "NICK", nil, "Nick name")
F[295] = ProtoField.string("icqv5.srv_info_reply.first", "FIRST", nil, "First name")
F[296] = ProtoField.string("icqv5.srv_info_reply.last", "LAST", nil, "Last name")
F[297] = ProtoField.string("icqv5.srv_info_reply.email", "EMAIL", nil, "E-mail")
F[298] = ProtoField.uint8("icqv5.srv_info_reply.auth", "AUTH", base.DEC, nil, nil, "Authorization needed")
F[299] = ProtoField.uint32("icqv5.srv_ext_info_reply.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "UIN asked about")
F[300] = ProtoField.string("icqv5.srv_ext_info_reply.city", "CITY", nil, "City")
F[301] = ProtoField.uint16("icqv5.srv_ext_info_reply.country", "COUNTRY", base.DEC, VS[6], nil, "Country (telephone prefix)")
F[302] = ProtoField.uint8("icqv5.srv_ext_info_reply.country_status", "COUNTRY_STATUS", base.DEC, nil, nil, "Country status (licq, mICQ: time zone)")
F[303] = ProtoField.string("icqv5.srv_ext_info_reply.state", "STATE", nil, "State")
F[304] = ProtoField.uint16("icqv5.srv_ext_info_reply.age", "AGE", base.DEC, VS[6], nil, "Age")
F[305] = ProtoField.uint8("icqv5.srv_ext_info_reply.sex", "SEX", base.DEC, VS[16], nil, "Sex")
F[306] = ProtoField.string("icqv5.srv_ext_info_reply.phone", "PHONE", nil, "Phone")
F[307] = ProtoField.string("icqv5.srv_ext_info_reply.homepage", "HOMEPAGE", nil, "Home page")
F[308] = ProtoField.string("icqv5.srv_ext_info_reply.about", "ABOUT", nil, "About")
F[309] = ProtoField.uint32("icqv5.srv_info_fail.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "UIN asked about")
F[310] = ProtoField.uint32("icqv5.srv_tcp_request.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "The contact's UIN")
F[311] = ProtoField.ipv4("icqv5.srv_tcp_request.ip", "IP", "The contact's address")
F[312] = ProtoField.uint16("icqv5.srv_tcp_request.port", "PORT", base.DEC, nil, nil, "Port")
F[313] = ProtoField.uint16("icqv5.srv_tcp_request.x1", "X1", base.DEC, nil, nil, "*Unknown")
F[314] = ProtoField.uint8("icqv5.srv_tcp_request.x2", "X2", base.DEC, nil, nil, "*Unknown")
F[315] = ProtoField.uint16("icqv5.srv_tcp_request.port2", "PORT2", base.DEC, nil, nil, "The port the peer tried")
F[316] = ProtoField.uint16("icqv5.srv_tcp_request.x3", "X3", base.DEC, nil, nil, "*Unknown")
F[317] = ProtoField.uint16("icqv5.srv_tcp_request.x4", "X4", base.DEC, nil, nil, "*Unknown")
F[318] = ProtoField.uint16("icqv5.srv_tcp_request.x5", "X5", base.DEC, nil, nil, "*Unknown")
F[319] = ProtoField.uint16("icqv5.srv_tcp_request.tcp_version", "TCP_VERSION", base.DEC, nil, nil, "Peer protocol version")
F[320] = ProtoField.uint32("icqv5.srv_status_update.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "The contact's UIN")
F[321] = ProtoField.uint32("icqv5.srv_status_update.status", "STATUS", base.HEX, VS[15], nil, "The new status")
F[322] = ProtoField.uint8("icqv5.srv_multi_packet.count", "COUNT", base.DEC, nil, nil, "Number of packets following")
F[323] = ProtoField.bytes("icqv5.srv_multi_packet.packet", "PACKET", base.NONE, "SIZE u16, then a server packet with its own header")
F[324] = ProtoField.bytes("icqv5.srv_x1.body", "BODY", base.NONE, "iserverd: own UIN; clients ignore it")
F[325] = ProtoField.uint32("icqv5.srv_rand_user.found_uin", "FOUND_UIN", base.DEC, nil, nil, "UIN found, 0 = nobody")
F[326] = ProtoField.ipv4("icqv5.srv_rand_user.ip", "IP", "Address")
F[327] = ProtoField.uint32("icqv5.srv_rand_user.port", "PORT", base.DEC, nil, nil, "Port")
F[328] = ProtoField.ipv4("icqv5.srv_rand_user.real_ip", "REAL_IP", "Internal address")
F[329] = ProtoField.uint8("icqv5.srv_rand_user.mode", "MODE", base.DEC, VS[14], nil, "Peer connection mode")
F[330] = ProtoField.uint32("icqv5.srv_rand_user.status", "STATUS", base.HEX, VS[15], nil, "Status")
F[331] = ProtoField.uint16("icqv5.srv_rand_user.tcp_version", "TCP_VERSION", base.DEC, nil, nil, "Peer protocol version")
F[332] = ProtoField.bytes("icqv5.srv_rand_user.x1", "X1", base.NONE, "*Unknown (14 bytes)")
F[333] = ProtoField.string("icqv5.srv_login_err.message", "MESSAGE", nil, "The reason")
F[334] = ProtoField.uint32("icqv5.srv_login_err.x1", "X1", base.DEC, nil, nil, "*Unknown (0)")
VS[19] = { [100] = "META_SET_BASIC_ACK", [110] = "META_SET_WORK_ACK", [120] = "META_SET_MORE_ACK", [130] = "META_SET_ABOUT_ACK", [140] = "META_SET_INTERESTS_ACK", [150] = "META_SET_AFFILIATIONS_ACK", [160] = "META_SET_SECURE_ACK", [170] = "META_SET_PASS_ACK", [180] = "META_UNREG_ACK", [190] = "META_SET_HPCAT_ACK", [200] = "META_INFO_GENERAL", [210] = "META_INFO_WORK", [220] = "META_INFO_MORE", [230] = "META_INFO_ABOUT", [240] = "META_INFO_INTERESTS", [250] = "META_INFO_AFFILIATIONS", [260] = "META_INFO_BASIC", [270] = "META_INFO_HPCAT", [400] = "META_USER_FOUND", [410] = "META_USER_LAST_FOUND", [420] = "META_WHITE_FOUND", [430] = "META_WHITE_LAST_FOUND" }
F[335] = ProtoField.uint16("icqv5.srv_meta_user.subcmd", "SUBCMD", base.DEC, VS[19], nil, "Meta reply subcommand")
VS[20] = { [10] = "success", [20] = "failure", [30] = "read-only", [50] = "failure" }
F[336] = ProtoField.uint8("icqv5.srv_meta_user.result", "RESULT", base.DEC, VS[20], nil, "Result (0x0A success)")
F[337] = ProtoField.string("icqv5.meta_set_basic.nick", "NICK", nil, "Nick name")
F[338] = ProtoField.string("icqv5.meta_set_basic.first", "FIRST", nil, "First name")
F[339] = ProtoField.string("icqv5.meta_set_basic.last", "LAST", nil, "Last name")
F[340] = ProtoField.string("icqv5.meta_set_basic.email1", "EMAIL1", nil, "Text")
F[341] = ProtoField.string("icqv5.meta_set_basic.email2", "EMAIL2", nil, "Text")
F[342] = ProtoField.string("icqv5.meta_set_basic.email3", "EMAIL3", nil, "Text")
F[343] = ProtoField.string("icqv5.meta_set_basic.city", "CITY", nil, "Text")
F[344] = ProtoField.string("icqv5.meta_set_basic.state", "STATE", nil, "Text")
F[345] = ProtoField.string("icqv5.meta_set_basic.phone", "PHONE", nil, "Text")
F[346] = ProtoField.string("icqv5.meta_set_basic.fax", "FAX", nil, "Text")
F[347] = ProtoField.string("icqv5.meta_set_basic.street", "STREET", nil, "Text")
F[348] = ProtoField.string("icqv5.meta_set_basic.cellular", "CELLULAR", nil, "Text")
F[349] = ProtoField.uint32("icqv5.meta_set_basic.zip", "ZIP", base.DEC, nil, nil, "ZIP code (99a form)")
F[350] = ProtoField.uint16("icqv5.meta_set_basic.country", "COUNTRY", base.DEC, nil, nil, "Country (telephone prefix)")
F[351] = ProtoField.uint8("icqv5.meta_set_basic.timezone", "TIMEZONE", base.DEC, nil, nil, "Time zone")
F[352] = ProtoField.uint8("icqv5.meta_set_basic.hide_email", "HIDE_EMAIL", base.DEC, nil, nil, "Hide e-mail")
F[353] = ProtoField.string("icqv5.meta_set_basic2.nick", "NICK", nil, "Nick name")
F[354] = ProtoField.string("icqv5.meta_set_basic2.first", "FIRST", nil, "First name")
F[355] = ProtoField.string("icqv5.meta_set_basic2.last", "LAST", nil, "Last name")
F[356] = ProtoField.string("icqv5.meta_set_basic2.email1", "EMAIL1", nil, "Text")
F[357] = ProtoField.string("icqv5.meta_set_basic2.email2", "EMAIL2", nil, "Text")
F[358] = ProtoField.string("icqv5.meta_set_basic2.email3", "EMAIL3", nil, "Text")
F[359] = ProtoField.string("icqv5.meta_set_basic2.city", "CITY", nil, "Text")
F[360] = ProtoField.string("icqv5.meta_set_basic2.state", "STATE", nil, "Text")
F[361] = ProtoField.string("icqv5.meta_set_basic2.phone", "PHONE", nil, "Text")
F[362] = ProtoField.string("icqv5.meta_set_basic2.fax", "FAX", nil, "Text")
F[363] = ProtoField.string("icqv5.meta_set_basic2.street", "STREET", nil, "Text")
F[364] = ProtoField.string("icqv5.meta_set_basic2.cellular", "CELLULAR", nil, "Text")
F[365] = ProtoField.string("icqv5.meta_set_basic2.zip", "ZIP", nil, "ZIP code (99b form)")
F[366] = ProtoField.uint16("icqv5.meta_set_basic2.country", "COUNTRY", base.DEC, nil, nil, "Country (telephone prefix)")
F[367] = ProtoField.uint8("icqv5.meta_set_basic2.timezone", "TIMEZONE", base.DEC, nil, nil, "Time zone")
F[368] = ProtoField.uint8("icqv5.meta_set_basic2.hide_email", "HIDE_EMAIL", base.DEC, nil, nil, "Hide e-mail")
F[369] = ProtoField.string("icqv5.meta_set_work.wcity", "WCITY", nil, "Text")
F[370] = ProtoField.string("icqv5.meta_set_work.wstate", "WSTATE", nil, "Text")
F[371] = ProtoField.string("icqv5.meta_set_work.wphone", "WPHONE", nil, "Text")
F[372] = ProtoField.string("icqv5.meta_set_work.wfax", "WFAX", nil, "Text")
F[373] = ProtoField.string("icqv5.meta_set_work.waddress", "WADDRESS", nil, "Text")
F[374] = ProtoField.uint32("icqv5.meta_set_work.wzip", "WZIP", base.DEC, nil, nil, "Work ZIP code (99a form)")
F[375] = ProtoField.uint16("icqv5.meta_set_work.wcountry", "WCOUNTRY", base.DEC, nil, nil, "Work country")
F[376] = ProtoField.string("icqv5.meta_set_work.company", "COMPANY", nil, "Text")
F[377] = ProtoField.string("icqv5.meta_set_work.department", "DEPARTMENT", nil, "Text")
F[378] = ProtoField.string("icqv5.meta_set_work.position", "POSITION", nil, "Text")
F[379] = ProtoField.uint16("icqv5.meta_set_work.occupation", "OCCUPATION", base.DEC, nil, nil, "Occupation")
F[380] = ProtoField.string("icqv5.meta_set_work.whomepage", "WHOMEPAGE", nil, "Work home page")
F[381] = ProtoField.string("icqv5.meta_set_work2.wcity", "WCITY", nil, "Text")
F[382] = ProtoField.string("icqv5.meta_set_work2.wstate", "WSTATE", nil, "Text")
F[383] = ProtoField.string("icqv5.meta_set_work2.wphone", "WPHONE", nil, "Text")
F[384] = ProtoField.string("icqv5.meta_set_work2.wfax", "WFAX", nil, "Text")
F[385] = ProtoField.string("icqv5.meta_set_work2.waddress", "WADDRESS", nil, "Text")
F[386] = ProtoField.string("icqv5.meta_set_work2.wzip", "WZIP", nil, "Work ZIP code (99b form)")
F[387] = ProtoField.uint16("icqv5.meta_set_work2.wcountry", "WCOUNTRY", base.DEC, nil, nil, "Work country")
F[388] = ProtoField.string("icqv5.meta_set_work2.company", "COMPANY", nil, "Text")
F[389] = ProtoField.string("icqv5.meta_set_work2.department", "DEPARTMENT", nil, "Text")
F[390] = ProtoField.string("icqv5.meta_set_work2.position", "POSITION", nil, "Text")
F[391] = ProtoField.uint16("icqv5.meta_set_work2.occupation", "OCCUPATION", base.DEC, nil, nil, "Occupation")
F[392] = ProtoField.string("icqv5.meta_set_work2.whomepage", "WHOMEPAGE", nil, "Work home page")
F[393] = ProtoField.uint16("icqv5.meta_set_more.age", "AGE", base.DEC, VS[6], nil, "Age")
F[394] = ProtoField.uint8("icqv5.meta_set_more.gender", "GENDER", base.DEC, VS[16], nil, "Gender")
F[395] = ProtoField.string("icqv5.meta_set_more.homepage", "HOMEPAGE", nil, "Home page")
F[396] = ProtoField.uint8("icqv5.meta_set_more.birth_year", "BIRTH_YEAR", base.DEC, nil, nil, "Birth year - 1900 (99a form)")
F[397] = ProtoField.uint8("icqv5.meta_set_more.birth_month", "BIRTH_MONTH", base.DEC, nil, nil, "Birth month")
F[398] = ProtoField.uint8("icqv5.meta_set_more.birth_day", "BIRTH_DAY", base.DEC, nil, nil, "Birth day")
F[399] = ProtoField.uint8("icqv5.meta_set_more.lang1", "LANG1", base.DEC, nil, nil, "Language 1")
F[400] = ProtoField.uint8("icqv5.meta_set_more.lang2", "LANG2", base.DEC, nil, nil, "Language 2")
F[401] = ProtoField.uint8("icqv5.meta_set_more.lang3", "LANG3", base.DEC, nil, nil, "Language 3")
F[402] = ProtoField.uint16("icqv5.meta_set_more2.age", "AGE", base.DEC, VS[6], nil, "Age")
F[403] = ProtoField.uint8("icqv5.meta_set_more2.gender", "GENDER", base.DEC, VS[16], nil, "Gender")
F[404] = ProtoField.string("icqv5.meta_set_more2.homepage", "HOMEPAGE", nil, "Home page")
F[405] = ProtoField.uint16("icqv5.meta_set_more2.birth_year", "BIRTH_YEAR", base.DEC, nil, nil, "Birth year (99b form)")
F[406] = ProtoField.uint8("icqv5.meta_set_more2.birth_month", "BIRTH_MONTH", base.DEC, nil, nil, "Birth month")
F[407] = ProtoField.uint8("icqv5.meta_set_more2.birth_day", "BIRTH_DAY", base.DEC, nil, nil, "Birth day")
F[408] = ProtoField.uint8("icqv5.meta_set_more2.lang1", "LANG1", base.DEC, nil, nil, "Language 1")
F[409] = ProtoField.uint8("icqv5.meta_set_more2.lang2", "LANG2", base.DEC, nil, nil, "Language 2")
F[410] = ProtoField.uint8("icqv5.meta_set_more2.lang3", "LANG3", base.DEC, nil, nil, "Language 3")
F[411] = ProtoField.string("icqv5.meta_set_about.about", "ABOUT", nil, "About text")
F[412] = ProtoField.uint8("icqv5.meta_set_interests.count", "COUNT", base.DEC, nil, nil, "Number of interests")
F[413] = ProtoField.uint16("icqv5.meta_set_interests.category1", "CATEGORY1", base.DEC, nil, nil, "Category")
F[414] = ProtoField.string("icqv5.meta_set_interests.keywords1", "KEYWORDS1", nil, "Keywords")
F[415] = ProtoField.uint16("icqv5.meta_set_interests.category2", "CATEGORY2", base.DEC, nil, nil, "Category")
F[416] = ProtoField.string("icqv5.meta_set_interests.keywords2", "KEYWORDS2", nil, "Keywords")
F[417] = ProtoField.uint16("icqv5.meta_set_interests.category3", "CATEGORY3", base.DEC, nil, nil, "Category")
F[418] = ProtoField.string("icqv5.meta_set_interests.keywords3", "KEYWORDS3", nil, "Keywords")
F[419] = ProtoField.uint16("icqv5.meta_set_interests.category4", "CATEGORY4", base.DEC, nil, nil, "Category")
F[420] = ProtoField.string("icqv5.meta_set_interests.keywords4", "KEYWORDS4", nil, "Keywords")
F[421] = ProtoField.uint8("icqv5.meta_set_affiliations.past_count", "PAST_COUNT", base.DEC, nil, nil, "Number of past entries")
F[422] = ProtoField.uint16("icqv5.meta_set_affiliations.past_category1", "PAST_CATEGORY1", base.DEC, nil, nil, "Category")
F[423] = ProtoField.string("icqv5.meta_set_affiliations.past_keywords1", "PAST_KEYWORDS1", nil, "Keywords")
F[424] = ProtoField.uint16("icqv5.meta_set_affiliations.past_category2", "PAST_CATEGORY2", base.DEC, nil, nil, "Category")
F[425] = ProtoField.string("icqv5.meta_set_affiliations.past_keywords2", "PAST_KEYWORDS2", nil, "Keywords")
F[426] = ProtoField.uint16("icqv5.meta_set_affiliations.past_category3", "PAST_CATEGORY3", base.DEC, nil, nil, "Category")
F[427] = ProtoField.string("icqv5.meta_set_affiliations.past_keywords3", "PAST_KEYWORDS3", nil, "Keywords")
F[428] = ProtoField.uint8("icqv5.meta_set_affiliations.affil_count", "AFFIL_COUNT", base.DEC, nil, nil, "Number of affiliations")
F[429] = ProtoField.uint16("icqv5.meta_set_affiliations.affil_category1", "AFFIL_CATEGORY1", base.DEC, nil, nil, "Category")
F[430] = ProtoField.string("icqv5.meta_set_affiliations.affil_keywords1", "AFFIL_KEYWORDS1", nil, "Keywords")
F[431] = ProtoField.uint16("icqv5.meta_set_affiliations.affil_category2", "AFFIL_CATEGORY2", base.DEC, nil, nil, "Category")
F[432] = ProtoField.string("icqv5.meta_set_affiliations.affil_keywords2", "AFFIL_KEYWORDS2", nil, "Keywords")
F[433] = ProtoField.uint16("icqv5.meta_set_affiliations.affil_category3", "AFFIL_CATEGORY3", base.DEC, nil, nil, "Category")
F[434] = ProtoField.string("icqv5.meta_set_affiliations.affil_keywords3", "AFFIL_KEYWORDS3", nil, "Keywords")
F[435] = ProtoField.uint8("icqv5.meta_set_security.auth", "AUTH", base.DEC, nil, nil, "Authorization needed")
F[436] = ProtoField.uint8("icqv5.meta_set_security.webaware", "WEBAWARE", base.DEC, nil, nil, "Web-aware")
F[437] = ProtoField.uint8("icqv5.meta_set_security.hideip", "HIDEIP", base.DEC, nil, nil, "Hide IP")
F[438] = ProtoField.string("icqv5.meta_set_pass.password", "PASSWORD", nil, "The new password")
F[439] = ProtoField.uint8("icqv5.meta_set_hpcat.enabled", "ENABLED", base.DEC, nil, nil, "Enabled")
F[440] = ProtoField.uint16("icqv5.meta_set_hpcat.category", "CATEGORY", base.DEC, nil, nil, "Category")
F[441] = ProtoField.string("icqv5.meta_set_hpcat.description", "DESCRIPTION", nil, "Description")
F[442] = ProtoField.uint32("icqv5.meta_user_fullinfo.query_uin", "QUERY_UIN", base.DEC, nil, nil, "UIN asked about")
F[443] = ProtoField.uint32("icqv5.meta_user_fullinfo2.query_uin", "QUERY_UIN", base.DEC, nil, nil, "UIN asked about")
F[444] = ProtoField.uint32("icqv5.meta_user_info.query_uin", "QUERY_UIN", base.DEC, nil, nil, "UIN asked about")
F[445] = ProtoField.uint32("icqv5.meta_user_unregister.query_uin", "QUERY_UIN", base.DEC, nil, nil, "UIN asked about")
F[446] = ProtoField.string("icqv5.meta_user_unregister.password", "PASSWORD", nil, "The password")
F[447] = ProtoField.uint32("icqv5.meta_user_logininfo.query_uin", "QUERY_UIN", base.DEC, nil, nil, "UIN asked about")
F[448] = ProtoField.uint32("icqv5.meta_user_logininfo2.query_uin", "QUERY_UIN", base.DEC, nil, nil, "UIN asked about")
F[449] = ProtoField.string("icqv5.meta_search_name.first", "FIRST", nil, "Text")
F[450] = ProtoField.string("icqv5.meta_search_name.last", "LAST", nil, "Text")
F[451] = ProtoField.string("icqv5.meta_search_name.nick", "NICK", nil, "Text")
F[452] = ProtoField.string("icqv5.meta_search_name2.first", "FIRST", nil, "Text")
F[453] = ProtoField.string("icqv5.meta_search_name2.last", "LAST", nil, "Text")
F[454] = ProtoField.string("icqv5.meta_search_name2.nick", "NICK", nil, "Text")
F[455] = ProtoField.uint32("icqv5.meta_search_uin.search_uin", "SEARCH_UIN", base.DEC, nil, nil, "UIN to search for")
F[456] = ProtoField.uint32("icqv5.meta_search_uin2.search_uin", "SEARCH_UIN", base.DEC, nil, nil, "UIN to search for")
F[457] = ProtoField.string("icqv5.meta_search_email.email", "EMAIL", nil, "E-mail")
F[458] = ProtoField.string("icqv5.meta_search_email2.email", "EMAIL", nil, "E-mail")
F[459] = ProtoField.string("icqv5.meta_search_white.first", "FIRST", nil, "Text")
F[460] = ProtoField.string("icqv5.meta_search_white.last", "LAST", nil, "Text")
F[461] = ProtoField.string("icqv5.meta_search_white.nick", "NICK", nil, "Text")
F[462] = ProtoField.string("icqv5.meta_search_white.email", "EMAIL", nil, "Text")
F[463] = ProtoField.uint16("icqv5.meta_search_white.min_age", "MIN_AGE", base.DEC, nil, nil, "Minimum age")
F[464] = ProtoField.uint16("icqv5.meta_search_white.max_age", "MAX_AGE", base.DEC, nil, nil, "Maximum age")
F[465] = ProtoField.uint8("icqv5.meta_search_white.gender", "GENDER", base.DEC, VS[16], nil, "Gender")
F[466] = ProtoField.uint8("icqv5.meta_search_white.language", "LANGUAGE", base.DEC, nil, nil, "Language")
F[467] = ProtoField.string("icqv5.meta_search_white.city", "CITY", nil, "Text")
F[468] = ProtoField.string("icqv5.meta_search_white.state", "STATE", nil, "Text")
F[469] = ProtoField.uint16("icqv5.meta_search_white.country", "COUNTRY", base.DEC, nil, nil, "Country")
F[470] = ProtoField.string("icqv5.meta_search_white.company", "COMPANY", nil, "Text")
F[471] = ProtoField.string("icqv5.meta_search_white.department", "DEPARTMENT", nil, "Text")
F[472] = ProtoField.string("icqv5.meta_search_white.position", "POSITION", nil, "Text")
F[473] = ProtoField.bytes("icqv5.meta_search_white.tail", "TAIL", base.NONE, "Categories and ONLINE_ONLY (clients differ)")
F[474] = ProtoField.string("icqv5.meta_search_white2.first", "FIRST", nil, "Text")
F[475] = ProtoField.string("icqv5.meta_search_white2.last", "LAST", nil, "Text")
F[476] = ProtoField.string("icqv5.meta_search_white2.nick", "NICK", nil, "Text")
F[477] = ProtoField.string("icqv5.meta_search_white2.email", "EMAIL", nil, "Text")
F[478] = ProtoField.uint16("icqv5.meta_search_white2.min_age", "MIN_AGE", base.DEC, nil, nil, "Minimum age")
F[479] = ProtoField.uint16("icqv5.meta_search_white2.max_age", "MAX_AGE", base.DEC, nil, nil, "Maximum age")
F[480] = ProtoField.uint8("icqv5.meta_search_white2.gender", "GENDER", base.DEC, VS[16], nil, "Gender")
F[481] = ProtoField.uint8("icqv5.meta_search_white2.language", "LANGUAGE", base.DEC, nil, nil, "Language")
F[482] = ProtoField.string("icqv5.meta_search_white2.city", "CITY", nil, "Text")
F[483] = ProtoField.string("icqv5.meta_search_white2.state", "STATE", nil, "Text")
F[484] = ProtoField.uint16("icqv5.meta_search_white2.country", "COUNTRY", base.DEC, nil, nil, "Country")
F[485] = ProtoField.string("icqv5.meta_search_white2.company", "COMPANY", nil, "Text")
F[486] = ProtoField.string("icqv5.meta_search_white2.department", "DEPARTMENT", nil, "Text")
F[487] = ProtoField.string("icqv5.meta_search_white2.position", "POSITION", nil, "Text")
F[488] = ProtoField.bytes("icqv5.meta_search_white2.tail", "TAIL", base.NONE, "Categories and ONLINE_ONLY (clients differ)")
F[489] = ProtoField.string("icqv5.meta_info_general.nick", "NICK", nil, "Nick name")
F[490] = ProtoField.string("icqv5.meta_info_general.first", "FIRST", nil, "First name")
F[491] = ProtoField.string("icqv5.meta_info_general.last", "LAST", nil, "Last name")
F[492] = ProtoField.string("icqv5.meta_info_general.email1", "EMAIL1", nil, "Text")
F[493] = ProtoField.string("icqv5.meta_info_general.email2", "EMAIL2", nil, "Text")
F[494] = ProtoField.string("icqv5.meta_info_general.email3", "EMAIL3", nil, "Text")
F[495] = ProtoField.string("icqv5.meta_info_general.city", "CITY", nil, "Text")
F[496] = ProtoField.string("icqv5.meta_info_general.state", "STATE", nil, "Text")
F[497] = ProtoField.string("icqv5.meta_info_general.phone", "PHONE", nil, "Text")
F[498] = ProtoField.string("icqv5.meta_info_general.fax", "FAX", nil, "Text")
F[499] = ProtoField.string("icqv5.meta_info_general.street", "STREET", nil, "Text")
F[500] = ProtoField.string("icqv5.meta_info_general.cellular", "CELLULAR", nil, "Text")
F[501] = ProtoField.string("icqv5.meta_info_general.zip", "ZIP", nil, "ZIP code (99b form)")
F[502] = ProtoField.uint16("icqv5.meta_info_general.country", "COUNTRY", base.DEC, nil, nil, "Country (telephone prefix)")
F[503] = ProtoField.uint8("icqv5.meta_info_general.timezone", "TIMEZONE", base.DEC, nil, nil, "Time zone")
F[504] = ProtoField.bytes("icqv5.meta_info_general.flags", "FLAGS", base.NONE, "AUTH, WEBAWARE, HIDEIP ... (sources differ)")
F[505] = ProtoField.string("icqv5.meta_info_work.wcity", "WCITY", nil, "Text")
F[506] = ProtoField.string("icqv5.meta_info_work.wstate", "WSTATE", nil, "Text")
F[507] = ProtoField.string("icqv5.meta_info_work.wphone", "WPHONE", nil, "Text")
F[508] = ProtoField.string("icqv5.meta_info_work.wfax", "WFAX", nil, "Text")
F[509] = ProtoField.string("icqv5.meta_info_work.waddress", "WADDRESS", nil, "Text")
F[510] = ProtoField.string("icqv5.meta_info_work.wzip", "WZIP", nil, "Work ZIP code (99b form)")
F[511] = ProtoField.uint16("icqv5.meta_info_work.wcountry", "WCOUNTRY", base.DEC, nil, nil, "Work country")
F[512] = ProtoField.string("icqv5.meta_info_work.company", "COMPANY", nil, "Text")
F[513] = ProtoField.string("icqv5.meta_info_work.department", "DEPARTMENT", nil, "Text")
F[514] = ProtoField.string("icqv5.meta_info_work.position", "POSITION", nil, "Text")
F[515] = ProtoField.uint16("icqv5.meta_info_work.occupation", "OCCUPATION", base.DEC, nil, nil, "Occupation")
F[516] = ProtoField.string("icqv5.meta_info_work.whomepage", "WHOMEPAGE", nil, "Work home page")
F[517] = ProtoField.uint16("icqv5.meta_info_more.age", "AGE", base.DEC, VS[6], nil, "Age")
F[518] = ProtoField.uint8("icqv5.meta_info_more.gender", "GENDER", base.DEC, VS[16], nil, "Gender")
F[519] = ProtoField.string("icqv5.meta_info_more.homepage", "HOMEPAGE", nil, "Home page")
F[520] = ProtoField.uint16("icqv5.meta_info_more.birth_year", "BIRTH_YEAR", base.DEC, nil, nil, "Birth year (99b form)")
F[521] = ProtoField.uint8("icqv5.meta_info_more.birth_month", "BIRTH_MONTH", base.DEC, nil, nil, "Birth month")
F[522] = ProtoField.uint8("icqv5.meta_info_more.birth_day", "BIRTH_DAY", base.DEC, nil, nil, "Birth day")
F[523] = ProtoField.uint8("icqv5.meta_info_more.lang1", "LANG1", base.DEC, nil, nil, "Language 1")
F[524] = ProtoField.uint8("icqv5.meta_info_more.lang2", "LANG2", base.DEC, nil, nil, "Language 2")
F[525] = ProtoField.uint8("icqv5.meta_info_more.lang3", "LANG3", base.DEC, nil, nil, "Language 3")
F[526] = ProtoField.string("icqv5.meta_info_about.about", "ABOUT", nil, "About text")
F[527] = ProtoField.uint8("icqv5.meta_info_interests.count", "COUNT", base.DEC, nil, nil, "Number of interests")
F[528] = ProtoField.bytes("icqv5.meta_info_interests.interests", "INTERESTS", base.NONE, "(CATEGORY u16, KEYWORDS) \195\151 COUNT")
F[529] = ProtoField.bytes("icqv5.meta_info_affiliations.affiliations", "AFFILIATIONS", base.NONE, "PAST_COUNT, entries, AFFIL_COUNT, entries")
F[530] = ProtoField.string("icqv5.meta_info_basic.nick", "NICK", nil, "Nick name")
F[531] = ProtoField.string("icqv5.meta_info_basic.first", "FIRST", nil, "First name")
F[532] = ProtoField.string("icqv5.meta_info_basic.last", "LAST", nil, "Last name")
F[533] = ProtoField.string("icqv5.meta_info_basic.email", "EMAIL", nil, "E-mail")
F[534] = ProtoField.uint8("icqv5.meta_info_basic.auth", "AUTH", base.DEC, nil, nil, "Authorization needed")
F[535] = ProtoField.uint8("icqv5.meta_info_basic.gender", "GENDER", base.DEC, VS[16], nil, "Gender")
F[536] = ProtoField.uint8("icqv5.meta_info_basic.x1", "X1", base.DEC, nil, nil, "*Unknown (0)")
F[537] = ProtoField.uint8("icqv5.meta_info_hpcat.enabled", "ENABLED", base.DEC, nil, nil, "Enabled")
F[538] = ProtoField.bytes("icqv5.meta_info_hpcat.category", "CATEGORY", base.NONE, "CATEGORY u16, DESCRIPTION, 00 when ENABLED")
F[539] = ProtoField.uint16("icqv5.meta_user_found.len", "LEN", base.DEC, nil, nil, "Length of the record (99b form)")
F[540] = ProtoField.uint32("icqv5.meta_user_found.found_uin", "FOUND_UIN", base.DEC, nil, nil, "UIN found")
F[541] = ProtoField.string("icqv5.meta_user_found.nick", "NICK", nil, "Nick name")
F[542] = ProtoField.string("icqv5.meta_user_found.first", "FIRST", nil, "First name")
F[543] = ProtoField.string("icqv5.meta_user_found.last", "LAST", nil, "Last name")
F[544] = ProtoField.string("icqv5.meta_user_found.email", "EMAIL", nil, "E-mail")
F[545] = ProtoField.uint8("icqv5.meta_user_found.auth", "AUTH", base.DEC, nil, nil, "Authorization needed")
F[546] = ProtoField.bytes("icqv5.meta_user_found.x1", "X1", base.NONE, "*Unknown (WEBAWARE, status; sources differ)")
F[547] = ProtoField.uint16("icqv5.meta_user_last_found.len", "LEN", base.DEC, nil, nil, "Length of the record (99b form)")
F[548] = ProtoField.uint32("icqv5.meta_user_last_found.found_uin", "FOUND_UIN", base.DEC, nil, nil, "UIN found")
F[549] = ProtoField.string("icqv5.meta_user_last_found.nick", "NICK", nil, "Nick name")
F[550] = ProtoField.string("icqv5.meta_user_last_found.first", "FIRST", nil, "First name")
F[551] = ProtoField.string("icqv5.meta_user_last_found.last", "LAST", nil, "Last name")
F[552] = ProtoField.string("icqv5.meta_user_last_found.email", "EMAIL", nil, "E-mail")
F[553] = ProtoField.uint8("icqv5.meta_user_last_found.auth", "AUTH", base.DEC, nil, nil, "Authorization needed")
F[554] = ProtoField.bytes("icqv5.meta_user_last_found.x1", "X1", base.NONE, "*Unknown (WEBAWARE, 00)")
F[555] = ProtoField.uint32("icqv5.meta_user_last_found.users_left", "USERS_LEFT", base.DEC, nil, nil, "Further matches not sent")
F[556] = ProtoField.uint16("icqv5.meta_white_found.len", "LEN", base.DEC, nil, nil, "Length of the record (99b form)")
F[557] = ProtoField.uint32("icqv5.meta_white_found.found_uin", "FOUND_UIN", base.DEC, nil, nil, "UIN found")
F[558] = ProtoField.string("icqv5.meta_white_found.nick", "NICK", nil, "Nick name")
F[559] = ProtoField.string("icqv5.meta_white_found.first", "FIRST", nil, "First name")
F[560] = ProtoField.string("icqv5.meta_white_found.last", "LAST", nil, "Last name")
F[561] = ProtoField.string("icqv5.meta_white_found.email", "EMAIL", nil, "E-mail")
F[562] = ProtoField.uint8("icqv5.meta_white_found.auth", "AUTH", base.DEC, nil, nil, "Authorization needed")
F[563] = ProtoField.bytes("icqv5.meta_white_found.x1", "X1", base.NONE, "*Unknown (WEBAWARE, status; sources differ)")
F[564] = ProtoField.uint16("icqv5.meta_white_last_found.len", "LEN", base.DEC, nil, nil, "Length of the record (99b form)")
F[565] = ProtoField.uint32("icqv5.meta_white_last_found.found_uin", "FOUND_UIN", base.DEC, nil, nil, "UIN found")
F[566] = ProtoField.string("icqv5.meta_white_last_found.nick", "NICK", nil, "Nick name")
F[567] = ProtoField.string("icqv5.meta_white_last_found.first", "FIRST", nil, "First name")
F[568] = ProtoField.string("icqv5.meta_white_last_found.last", "LAST", nil, "Last name")
F[569] = ProtoField.string("icqv5.meta_white_last_found.email", "EMAIL", nil, "E-mail")
F[570] = ProtoField.uint8("icqv5.meta_white_last_found.auth", "AUTH", base.DEC, nil, nil, "Authorization needed")
F[571] = ProtoField.bytes("icqv5.meta_white_last_found.x1", "X1", base.NONE, "*Unknown (WEBAWARE, 00)")
F[572] = ProtoField.uint32("icqv5.meta_white_last_found.users_left", "USERS_LEFT", base.DEC, nil, nil, "Further matches not sent")
F[573] = ProtoField.uint32("icqv5.random", "RANDOM", base.HEX, nil, nil, "A random number (the packet's only parameter)")
F[574] = ProtoField.uint32("icqv5.to_uin", "TO_UIN", base.DEC, nil, nil, "UIN of the receiver")
F[575] = ProtoField.uint16("icqv5.msg_type", "MSG_TYPE", base.DEC, VS[13], nil, "Message type, 0x8000 = to several recipients")
F[576] = ProtoField.string("icqv5.message", "MESSAGE", nil, "The message; parts separated by FE")
F[577] = ProtoField.uint32("icqv5.target_uin", "TARGET_UIN", base.DEC, nil, nil, "UIN of the contact")
F[578] = ProtoField.ipv4("icqv5.own_ip", "OWN_IP", "Own IP address")
F[579] = ProtoField.uint32("icqv5.own_port", "OWN_PORT", base.DEC, nil, nil, "Own TCP port")
F[580] = ProtoField.uint8("icqv5.mode", "MODE", base.DEC, VS[14], nil, "Peer connection mode")
F[581] = ProtoField.uint32("icqv5.time", "TIME", base.DEC, nil, nil, "Client clock, seconds since 1970")
F[582] = ProtoField.uint32("icqv5.tcp_port", "TCP_PORT", base.DEC, nil, nil, "Peer-to-peer listening port, 0 if none")
F[583] = ProtoField.string("icqv5.password", "PASSWORD", nil, "The password")
F[584] = ProtoField.ipv4("icqv5.internal_ip", "INTERNAL_IP", "The client's own address")
F[585] = ProtoField.uint32("icqv5.status", "STATUS", base.HEX, VS[15], nil, "Initial status")
F[586] = ProtoField.bytes("icqv5.trailer", "TRAILER", base.NONE, "Client-specific trailer (ICQ 99b: 0, 02 00 3F 01, 0x50, 3, BUILD, ...)")
F[587] = ProtoField.uint32("icqv5.check_uin", "CHECK_UIN", base.DEC, nil, nil, "UIN")
F[588] = ProtoField.uint32("icqv5.client_version", "CLIENT_VERSION", base.DEC, nil, nil, "Client version")
F[589] = ProtoField.uint8("icqv5.count", "COUNT", base.DEC, nil, nil, "Number of UINs following")
F[590] = ProtoField.uint32("icqv5.search_uin", "SEARCH_UIN", base.DEC, nil, nil, "UIN to search for")
F[591] = ProtoField.string("icqv5.nick", "NICK", nil, "Nick name")
F[592] = ProtoField.string("icqv5.first", "FIRST", nil, "First name")
F[593] = ProtoField.string("icqv5.last", "LAST", nil, "Last name")
F[594] = ProtoField.string("icqv5.email", "EMAIL", nil, "E-mail")
F[595] = ProtoField.string("icqv5.text_code", "TEXT_CODE", nil, "The text command")
F[596] = ProtoField.uint32("icqv5.query_uin", "QUERY_UIN", base.DEC, nil, nil, "UIN asked about")
F[597] = ProtoField.string("icqv5.city", "CITY", nil, "City")
F[598] = ProtoField.uint16("icqv5.country", "COUNTRY", base.DEC, VS[6], nil, "Country (telephone prefix)")
F[599] = ProtoField.uint8("icqv5.timezone", "TIMEZONE", base.DEC, nil, nil, "Time zone")
F[600] = ProtoField.string("icqv5.state", "STATE", nil, "State")
F[601] = ProtoField.uint16("icqv5.age", "AGE", base.DEC, VS[6], nil, "Age")
F[602] = ProtoField.uint8("icqv5.sex", "SEX", base.DEC, VS[16], nil, "Sex")
F[603] = ProtoField.string("icqv5.phone", "PHONE", nil, "Phone")
F[604] = ProtoField.string("icqv5.homepage", "HOMEPAGE", nil, "Home page")
F[605] = ProtoField.string("icqv5.about", "ABOUT", nil, "About")
F[606] = ProtoField.uint32("icqv5.cookie", "COOKIE", base.HEX, nil, nil, "Random cookie, echoed in the SRV_ACK")
F[607] = ProtoField.uint32("icqv5.authorize", "AUTHORIZE", base.DEC, nil, nil, "1 = no authorization needed")
F[608] = ProtoField.uint32("icqv5.add_uin", "ADD_UIN", base.DEC, nil, nil, "UIN added")
F[609] = ProtoField.uint32("icqv5.group", "GROUP", base.DEC, VS[17], nil, "Random-chat group")
VS[21] = { [1000] = "META_SET_BASIC", [1001] = "META_SET_BASIC2", [1010] = "META_SET_WORK", [1011] = "META_SET_WORK2", [1020] = "META_SET_MORE", [1021] = "META_SET_MORE2", [1030] = "META_SET_ABOUT", [1040] = "META_SET_INTERESTS", [1050] = "META_SET_AFFILIATIONS", [1060] = "META_SET_SECURITY", [1070] = "META_SET_PASS", [1090] = "META_SET_HPCAT", [1200] = "META_USER_FULLINFO", [1201] = "META_USER_FULLINFO2", [1210] = "META_USER_INFO", [1220] = "META_USER_UNREGISTER", [1230] = "META_USER_LOGININFO", [1231] = "META_USER_LOGININFO2", [1300] = "META_SEARCH_NAME", [1301] = "META_SEARCH_NAME2", [1310] = "META_SEARCH_UIN", [1311] = "META_SEARCH_UIN2", [1320] = "META_SEARCH_EMAIL", [1321] = "META_SEARCH_EMAIL2", [1330] = "META_SEARCH_WHITE", [1331] = "META_SEARCH_WHITE2", [1720] = "META_USAGE_STATS", [2000] = "META_LOGIN", [100] = "META_SET_BASIC_ACK", [110] = "META_SET_WORK_ACK", [120] = "META_SET_MORE_ACK", [130] = "META_SET_ABOUT_ACK", [140] = "META_SET_INTERESTS_ACK", [150] = "META_SET_AFFILIATIONS_ACK", [160] = "META_SET_SECURE_ACK", [170] = "META_SET_PASS_ACK", [180] = "META_UNREG_ACK", [190] = "META_SET_HPCAT_ACK", [200] = "META_INFO_GENERAL", [210] = "META_INFO_WORK", [220] = "META_INFO_MORE", [230] = "META_INFO_ABOUT", [240] = "META_INFO_INTERESTS", [250] = "META_INFO_AFFILIATIONS", [260] = "META_INFO_BASIC", [270] = "META_INFO_HPCAT", [400] = "META_USER_FOUND", [410] = "META_USER_LAST_FOUND", [420] = "META_WHITE_FOUND", [430] = "META_WHITE_LAST_FOUND" }
F[610] = ProtoField.uint16("icqv5.subcmd", "SUBCMD", base.DEC, VS[21], nil, "Meta subcommand")
F[611] = ProtoField.uint32("icqv5.list_uin", "LIST_UIN", base.DEC, nil, nil, "UIN")
F[612] = ProtoField.uint8("icqv5.list", "LIST", base.DEC, nil, nil, "Which list (licq: 1 visible, 0 invisible; iserverd: 2, 1)")
F[613] = ProtoField.uint8("icqv5.action", "ACTION", base.DEC, nil, nil, "1 add, 0 remove")
F[614] = ProtoField.bytes("icqv5.body", "BODY", base.NONE, "Normally none; iserverd: 0A, COOKIE, 01 00 after CMD_NEW_USER_1")
F[615] = ProtoField.uint16("icqv5.ping_interval", "PING_INTERVAL", base.DEC, nil, nil, "Keep-alive interval, seconds")
F[616] = ProtoField.uint16("icqv5.timeout", "TIMEOUT", base.DEC, nil, nil, "Timeout, seconds")
F[617] = ProtoField.uint16("icqv5.retries", "RETRIES", base.DEC, nil, nil, "Retries")
F[618] = ProtoField.ipv4("icqv5.client_ip", "CLIENT_IP", "The client's address as the server sees it")
F[619] = ProtoField.uint32("icqv5.remote_uin", "REMOTE_UIN", base.DEC, nil, nil, "The contact's UIN")
F[620] = ProtoField.ipv4("icqv5.ip", "IP", "External address")
F[621] = ProtoField.ipv4("icqv5.real_ip", "REAL_IP", "Internal address")
F[622] = ProtoField.uint32("icqv5.dc_cookie", "DC_COOKIE", base.DEC, nil, nil, "Direct connection cookie")
F[623] = ProtoField.uint32("icqv5.web_port", "WEB_PORT", base.DEC, nil, nil, "Web port")
F[624] = ProtoField.uint32("icqv5.client_features", "CLIENT_FEATURES", base.DEC, nil, nil, "Client features")
F[625] = ProtoField.uint32("icqv5.info_time", "INFO_TIME", base.DEC, nil, nil, "Info update time / client id 1 (licq: BUILD)")
F[626] = ProtoField.uint32("icqv5.more_time", "MORE_TIME", base.DEC, nil, nil, "Client id 2")
F[627] = ProtoField.uint32("icqv5.status_time", "STATUS_TIME", base.DEC, nil, nil, "Client id 3")
F[628] = ProtoField.uint32("icqv5.found_uin", "FOUND_UIN", base.DEC, nil, nil, "UIN found")
F[629] = ProtoField.uint8("icqv5.auth", "AUTH", base.DEC, nil, nil, "0 = ask before adding, 1 = free")
F[630] = ProtoField.uint8("icqv5.search_status", "SEARCH_STATUS", base.DEC, nil, nil, "0 offline, 1 online, 2 disabled")
F[631] = ProtoField.uint8("icqv5.more", "MORE", base.DEC, nil, nil, "1 = more hits exist")
F[632] = ProtoField.uint32("icqv5.from_uin", "FROM_UIN", base.DEC, nil, nil, "The sender's UIN")
F[633] = ProtoField.uint16("icqv5.year", "YEAR", base.DEC, nil, nil, "Year (UTC)")
F[634] = ProtoField.uint8("icqv5.month", "MONTH", base.DEC, nil, nil, "Month")
F[635] = ProtoField.uint8("icqv5.day", "DAY", base.DEC, nil, nil, "Day")
F[636] = ProtoField.uint8("icqv5.hour", "HOUR", base.DEC, nil, nil, "Hour")
F[637] = ProtoField.uint8("icqv5.minute", "MINUTE", base.DEC, nil, nil, "Minute")
F[638] = ProtoField.uint8("icqv5.country_status", "COUNTRY_STATUS", base.DEC, nil, nil, "Country status (licq, mICQ: time zone)")
F[639] = ProtoField.bytes("icqv5.packet", "PACKET", base.NONE, "SIZE u16, then a server packet with its own header")
F[640] = ProtoField.uint8("icqv5.result", "RESULT", base.DEC, VS[20], nil, "Result (0x0A success)")
F[641] = ProtoField.string("icqv5.email1", "EMAIL1", nil, "Text")
F[642] = ProtoField.string("icqv5.email2", "EMAIL2", nil, "Text")
F[643] = ProtoField.string("icqv5.email3", "EMAIL3", nil, "Text")
F[644] = ProtoField.string("icqv5.fax", "FAX", nil, "Text")
F[645] = ProtoField.string("icqv5.street", "STREET", nil, "Text")
F[646] = ProtoField.string("icqv5.cellular", "CELLULAR", nil, "Text")
F[647] = ProtoField.uint8("icqv5.hide_email", "HIDE_EMAIL", base.DEC, nil, nil, "Hide e-mail")
F[648] = ProtoField.string("icqv5.wcity", "WCITY", nil, "Text")
F[649] = ProtoField.string("icqv5.wstate", "WSTATE", nil, "Text")
F[650] = ProtoField.string("icqv5.wphone", "WPHONE", nil, "Text")
F[651] = ProtoField.string("icqv5.wfax", "WFAX", nil, "Text")
F[652] = ProtoField.string("icqv5.waddress", "WADDRESS", nil, "Text")
F[653] = ProtoField.uint16("icqv5.wcountry", "WCOUNTRY", base.DEC, nil, nil, "Work country")
F[654] = ProtoField.string("icqv5.company", "COMPANY", nil, "Text")
F[655] = ProtoField.string("icqv5.department", "DEPARTMENT", nil, "Text")
F[656] = ProtoField.string("icqv5.position", "POSITION", nil, "Text")
F[657] = ProtoField.uint16("icqv5.occupation", "OCCUPATION", base.DEC, nil, nil, "Occupation")
F[658] = ProtoField.string("icqv5.whomepage", "WHOMEPAGE", nil, "Work home page")
F[659] = ProtoField.uint8("icqv5.gender", "GENDER", base.DEC, VS[16], nil, "Gender")
F[660] = ProtoField.uint8("icqv5.birth_month", "BIRTH_MONTH", base.DEC, nil, nil, "Birth month")
F[661] = ProtoField.uint8("icqv5.birth_day", "BIRTH_DAY", base.DEC, nil, nil, "Birth day")
F[662] = ProtoField.uint8("icqv5.lang1", "LANG1", base.DEC, nil, nil, "Language 1")
F[663] = ProtoField.uint8("icqv5.lang2", "LANG2", base.DEC, nil, nil, "Language 2")
F[664] = ProtoField.uint8("icqv5.lang3", "LANG3", base.DEC, nil, nil, "Language 3")
F[665] = ProtoField.uint16("icqv5.category1", "CATEGORY1", base.DEC, nil, nil, "Category")
F[666] = ProtoField.string("icqv5.keywords1", "KEYWORDS1", nil, "Keywords")
F[667] = ProtoField.uint16("icqv5.category2", "CATEGORY2", base.DEC, nil, nil, "Category")
F[668] = ProtoField.string("icqv5.keywords2", "KEYWORDS2", nil, "Keywords")
F[669] = ProtoField.uint16("icqv5.category3", "CATEGORY3", base.DEC, nil, nil, "Category")
F[670] = ProtoField.string("icqv5.keywords3", "KEYWORDS3", nil, "Keywords")
F[671] = ProtoField.uint16("icqv5.category4", "CATEGORY4", base.DEC, nil, nil, "Category")
F[672] = ProtoField.string("icqv5.keywords4", "KEYWORDS4", nil, "Keywords")
F[673] = ProtoField.uint8("icqv5.past_count", "PAST_COUNT", base.DEC, nil, nil, "Number of past entries")
F[674] = ProtoField.uint16("icqv5.past_category1", "PAST_CATEGORY1", base.DEC, nil, nil, "Category")
F[675] = ProtoField.string("icqv5.past_keywords1", "PAST_KEYWORDS1", nil, "Keywords")
F[676] = ProtoField.uint16("icqv5.past_category2", "PAST_CATEGORY2", base.DEC, nil, nil, "Category")
F[677] = ProtoField.string("icqv5.past_keywords2", "PAST_KEYWORDS2", nil, "Keywords")
F[678] = ProtoField.uint16("icqv5.past_category3", "PAST_CATEGORY3", base.DEC, nil, nil, "Category")
F[679] = ProtoField.string("icqv5.past_keywords3", "PAST_KEYWORDS3", nil, "Keywords")
F[680] = ProtoField.uint8("icqv5.affil_count", "AFFIL_COUNT", base.DEC, nil, nil, "Number of affiliations")
F[681] = ProtoField.uint16("icqv5.affil_category1", "AFFIL_CATEGORY1", base.DEC, nil, nil, "Category")
F[682] = ProtoField.string("icqv5.affil_keywords1", "AFFIL_KEYWORDS1", nil, "Keywords")
F[683] = ProtoField.uint16("icqv5.affil_category2", "AFFIL_CATEGORY2", base.DEC, nil, nil, "Category")
F[684] = ProtoField.string("icqv5.affil_keywords2", "AFFIL_KEYWORDS2", nil, "Keywords")
F[685] = ProtoField.uint16("icqv5.affil_category3", "AFFIL_CATEGORY3", base.DEC, nil, nil, "Category")
F[686] = ProtoField.string("icqv5.affil_keywords3", "AFFIL_KEYWORDS3", nil, "Keywords")
F[687] = ProtoField.uint8("icqv5.webaware", "WEBAWARE", base.DEC, nil, nil, "Web-aware")
F[688] = ProtoField.uint8("icqv5.hideip", "HIDEIP", base.DEC, nil, nil, "Hide IP")
F[689] = ProtoField.uint8("icqv5.enabled", "ENABLED", base.DEC, nil, nil, "Enabled")
F[690] = ProtoField.string("icqv5.description", "DESCRIPTION", nil, "Description")
F[691] = ProtoField.uint16("icqv5.min_age", "MIN_AGE", base.DEC, nil, nil, "Minimum age")
F[692] = ProtoField.uint16("icqv5.max_age", "MAX_AGE", base.DEC, nil, nil, "Maximum age")
F[693] = ProtoField.uint8("icqv5.language", "LANGUAGE", base.DEC, nil, nil, "Language")
F[694] = ProtoField.bytes("icqv5.tail", "TAIL", base.NONE, "Categories and ONLINE_ONLY (clients differ)")
F[695] = ProtoField.bytes("icqv5.flags", "FLAGS", base.NONE, "AUTH, WEBAWARE, HIDEIP ... (sources differ)")
F[696] = ProtoField.bytes("icqv5.interests", "INTERESTS", base.NONE, "(CATEGORY u16, KEYWORDS) \195\151 COUNT")
F[697] = ProtoField.bytes("icqv5.affiliations", "AFFILIATIONS", base.NONE, "PAST_COUNT, entries, AFFIL_COUNT, entries")
F[698] = ProtoField.uint16("icqv5.len", "LEN", base.DEC, nil, nil, "Length of the record (99b form)")
F[699] = ProtoField.uint32("icqv5.users_left", "USERS_LEFT", base.DEC, nil, nil, "Further matches not sent")
F[700] = ProtoField.uint16("icqv5.peer.length", "LENGTH", base.DEC, nil, nil, "Length of this packet")
F[701] = ProtoField.uint32("icqv5.peer.checkcode", "CHECKCODE", base.HEX, nil, nil, "Checkcode, the key to the rest (in clear)")
VS[22] = { [2030] = "MESSAGE_V6", [2010] = "ACK_V6", [2000] = "CANCEL_V6" }
F[702] = ProtoField.uint16("icqv5.peer.command", "COMMAND", base.HEX, VS[22], nil, "Message")
F[703] = ProtoField.uint16("icqv5.peer.x1", "X1", base.DEC, nil, nil, "*Unknown (length of the next 14 bytes)")
F[704] = ProtoField.uint16("icqv5.peer.sequence", "SEQUENCE", base.DEC, nil, nil, "Sequence number")
F[705] = ProtoField.bytes("icqv5.peer.x2", "X2", base.NONE, "*Unknown (3 \195\151 0)")
F[706] = ProtoField.uint16("icqv5.peer.msg_type", "MSG_TYPE", base.DEC, VS[13], nil, "Message type")
VS[23] = { [0] = "accepted", [1] = "refused", [4] = "away", [9] = "occupied", [10] = "dnd", [11] = "occupied, custom message", [14] = "n/a", [15] = "dnd, custom message" }
F[707] = ProtoField.uint16("icqv5.peer.status", "STATUS", base.DEC, VS[23], nil, "Acknowledgement status")
F[708] = ProtoField.uint16("icqv5.peer.flags", "FLAGS", base.DEC, nil, nil, "Message flags: 0x0010 normal, 0x0020 to contact list, 0x0040 urgent ...")
F[709] = ProtoField.string("icqv5.peer.message", "MESSAGE", nil, "The message; parts separated by FE")
F[710] = ProtoField.bytes("icqv5.peer.extra", "EXTRA", base.NONE, "Text messages: FG colour u32, BG colour u32 (mICQ)")
F[711] = ProtoField.uint8("icqv5.peer.handshake_v6.init_ident", "INIT_IDENT", base.DEC, nil, nil, "Identifies this packet as a handshake")
F[712] = ProtoField.uint16("icqv5.peer.handshake_v6.tcp_version", "TCP_VERSION", base.DEC, nil, nil, "Peer protocol version")
F[713] = ProtoField.uint16("icqv5.peer.handshake_v6.x1", "X1", base.DEC, nil, nil, "*Unknown (licq: 0x0027; mICQ: 0)")
F[714] = ProtoField.uint32("icqv5.peer.handshake_v6.dest_uin", "DEST_UIN", base.DEC, nil, nil, "The UIN connected to")
F[715] = ProtoField.uint16("icqv5.peer.handshake_v6.x2", "X2", base.DEC, nil, nil, "*Unknown (0)")
F[716] = ProtoField.uint32("icqv5.peer.handshake_v6.port", "PORT", base.DEC, nil, nil, "The sender's peer port")
F[717] = ProtoField.uint32("icqv5.peer.handshake_v6.src_uin", "SRC_UIN", base.DEC, nil, nil, "The sender's UIN")
F[718] = ProtoField.ipv4("icqv5.peer.handshake_v6.ip", "IP", "The sender's address (licq: local, mICQ: outside)")
F[719] = ProtoField.ipv4("icqv5.peer.handshake_v6.real_ip", "REAL_IP", "The sender's other address")
F[720] = ProtoField.uint8("icqv5.peer.handshake_v6.mode", "MODE", base.DEC, VS[14], nil, "Peer connection mode")
F[721] = ProtoField.uint32("icqv5.peer.handshake_v6.port2", "PORT2", base.DEC, nil, nil, "The sender's peer port, again")
F[722] = ProtoField.uint32("icqv5.peer.handshake_v6.session", "SESSION", base.HEX, nil, nil, "Session cookie, the same on both sides")
F[723] = ProtoField.uint32("icqv5.peer.handshake_v6.x3", "X3", base.DEC, nil, nil, "*Unknown (constant 0x50, as in CMD_LOGIN)")
F[724] = ProtoField.uint32("icqv5.peer.handshake_v6.x4", "X4", base.DEC, nil, nil, "*Unknown (constant 3, as in CMD_LOGIN)")
F[725] = ProtoField.uint32("icqv5.peer.handshake_ack.ack", "ACK", base.DEC, nil, nil, "Acknowledgement")
F[726] = ProtoField.uint8("icqv5.peer.init_ident", "INIT_IDENT", base.DEC, nil, nil, "Identifies this packet as a handshake")
F[727] = ProtoField.uint16("icqv5.peer.tcp_version", "TCP_VERSION", base.DEC, nil, nil, "Peer protocol version")
F[728] = ProtoField.uint32("icqv5.peer.dest_uin", "DEST_UIN", base.DEC, nil, nil, "The UIN connected to")
F[729] = ProtoField.uint32("icqv5.peer.port", "PORT", base.DEC, nil, nil, "The sender's peer port")
F[730] = ProtoField.uint32("icqv5.peer.src_uin", "SRC_UIN", base.DEC, nil, nil, "The sender's UIN")
F[731] = ProtoField.ipv4("icqv5.peer.ip", "IP", "The sender's address (licq: local, mICQ: outside)")
F[732] = ProtoField.ipv4("icqv5.peer.real_ip", "REAL_IP", "The sender's other address")
F[733] = ProtoField.uint8("icqv5.peer.mode", "MODE", base.DEC, VS[14], nil, "Peer connection mode")
F[734] = ProtoField.uint32("icqv5.peer.port2", "PORT2", base.DEC, nil, nil, "The sender's peer port, again")
F[735] = ProtoField.uint32("icqv5.peer.session", "SESSION", base.HEX, nil, nil, "Session cookie, the same on both sides")
F[736] = ProtoField.uint32("icqv5.peer.ack", "ACK", base.DEC, nil, nil, "Acknowledgement")
F[737] = ProtoField.uint16("icqv3.version", "VERSION", base.DEC, nil, nil, "Protocol version")
VS[24] = {  }
F[738] = ProtoField.uint16("icqv3.command", "COMMAND", base.HEX, VS[24], nil, "Command code")
F[739] = ProtoField.uint16("icqv3.seq_num1", "SEQ_NUM1", base.DEC, nil, nil, "Sequence number")
F[740] = ProtoField.uint16("icqv3.seq_num2", "SEQ_NUM2", base.DEC, nil, nil, "Second sequence number")
F[741] = ProtoField.uint32("icqv3.uin", "UIN", base.DEC, nil, nil, "UIN")
F[742] = ProtoField.uint32("icqv3.checkcode", "CHECKCODE", base.HEX, nil, nil, "Checkcode (0 from iserverd)")
F[743] = ProtoField.uint16("icqv4.version", "VERSION", base.DEC, nil, nil, "Protocol version (written back in clear after encryption)")
F[744] = ProtoField.uint16("icqv4.random", "RANDOM", base.DEC, nil, nil, "Random number")
F[745] = ProtoField.uint16("icqv4.zero", "ZERO", base.DEC, nil, nil, "Always 0")
VS[25] = {  }
F[746] = ProtoField.uint16("icqv4.command", "COMMAND", base.HEX, VS[25], nil, "Command code")
F[747] = ProtoField.uint16("icqv4.seq_num1", "SEQ_NUM1", base.DEC, nil, nil, "Sequence number")
F[748] = ProtoField.uint16("icqv4.seq_num2", "SEQ_NUM2", base.DEC, nil, nil, "Second sequence number")
F[749] = ProtoField.uint32("icqv4.uin", "UIN", base.DEC, nil, nil, "UIN")
F[750] = ProtoField.uint32("icqv4.checkcode", "CHECKCODE", base.HEX, nil, nil, "Checkcode (in clear)")
F_COMMAND = ProtoField.string("icq.command", "Command", nil, "The name of the packet's command, as the spec gives it")
VS[26] = { [1] = "note", [2] = "warning", [3] = "error" }
F_SEVERITY = ProtoField.uint8("icq.issue.severity", "Severity", base.DEC, VS[26], nil, "Severity of an issue the decoder found: note, warning or error")
F_RULE = ProtoField.string("icq.issue.rule", "Rule", nil, "What the decoder found: truncated, trailing, unknown-command...")
icqv2.fields = { F[1], F[2], F[3], F[4], F[5], F[6], F[7], F[8], F[9], F[10], F[11], F[12], F[13], F[14], F[15], F[16], F[17], F[18], F[19], F[20], F[21], F[22], F[23], F[24], F[25], F[26], F[27], F[28], F[29], F[30], F[31], F[32], F[33], F[34], F[35], F[36], F[37], F[38], F[39], F[40], F[41], F[42], F[43], F[44], F[45], F[46], F[47], F[48], F[49], F[50], F[51], F[52], F[53], F[54], F[55], F[56], F[57], F[58], F[59], F[60], F[61], F[62], F[63], F[64], F[65], F[66], F[67], F[68], F[69], F[70], F[71], F[72], F[73], F[74], F[75], F[76], F[77], F[78], F[79], F[80], F[81], F[82], F[83], F[84], F[85], F[86], F[87], F[88], F[89], F[90], F[91], F[92], F[93], F[94], F[95], F[96], F[97], F[98], F[99], F[100], F[101], F[102], F[103], F[104], F[105], F[106], F[107], F[108], F[109], F[110], F[111], F[112], F[113], F[114], F[115], F[116], F[117], F[118], F[119], F[120], F[121], F[122], F[123], F[124], F[125], F[126], F[127], F[128], F[129], F[130], F[131], F[132], F[133], F[134], F[135], F[136], F[137], F[138], F[139], F[140], F[141], F[142], F[143], F[144], F[145], F[146], F[147], F[148], F[149], F[150], F[151], F[152], F[153], F[154], F[155], F[156], F[157], F[158], F[159], F[160], F[161], F[162], F[163], F[164], F[165], F[166], F[167], F[168], F[169], F[170], F[171], F[172], F[173], F[174], F[175], F[176], F[177], F[178], F[179], F[180], F[181], F[182], F[183], F[184], F[185], F[186], F[187], F[188], F[189], F[190], F[191], F[192], F[193], F[194], F[195], F[196], F[197], F[198], F[199], F[200], F[201], F[202], F[203], F[204], F[205], F[206], F[207], F[208], F[209], F[210], F[211], F[212], F[213], F[214], F[215], F[216], F[217], F[218], F[219], F[220], F[221], F[222], F[223], F[224], F[225], F[226], F[227], F[228], F[229], F[230], F[231], F[232], F[233], F[234], F[235], F[236], F[237], F[238], F[239], F[240], F[241], F[242], F[243], F[244], F[245], F[246], F[247], F[248], F[249], F[250], F[251], F[252], F[253], F[254], F[255], F[256], F[257], F[258], F[259], F[260], F[261], F[262], F[263], F[264], F[265], F[266], F[267], F[268], F[269], F[270], F[271], F[272], F[273], F[274], F[275], F[276], F[277], F[278], F[279], F[280], F[281], F[282], F[283], F[284], F[285], F[286], F[287], F[288], F[289], F[290], F[291], F[292], F[293], F[294], F[295], F[296], F[297], F[298], F[299], F[300], F[301], F[302], F[303], F[304], F[305], F[306], F[307], F[308], F[309], F[310], F[311], F[312], F[313], F[314], F[315], F[316], F[317], F[318], F[319], F[320], F[321], F[322], F[323], F[324], F[325], F[326], F[327], F[328], F[329], F[330], F[331], F[332], F[333], F[334], F[335], F[336], F[337], F[338], F[339], F[340], F[341], F[342], F[343], F[344], F[345], F[346], F[347], F[348], F[349], F[350], F[351], F[352], F[353], F[354], F[355], F[356], F[357], F[358], F[359], F[360], F[361], F[362], F[363], F[364], F[365], F[366], F[367], F[368], F[369], F[370], F[371], F[372], F[373], F[374], F[375], F[376], F[377], F[378], F[379], F[380], F[381], F[382], F[383], F[384], F[385], F[386], F[387], F[388], F[389], F[390], F[391], F[392], F[393], F[394], F[395], F[396], F[397], F[398], F[399], F[400], F[401], F[402], F[403], F[404], F[405], F[406], F[407], F[408], F[409], F[410], F[411], F[412], F[413], F[414], F[415], F[416], F[417], F[418], F[419], F[420], F[421], F[422], F[423], F[424], F[425], F[426], F[427], F[428], F[429], F[430], F[431], F[432], F[433], F[434], F[435], F[436], F[437], F[438], F[439], F[440], F[441], F[442], F[443], F[444], F[445], F[446], F[447], F[448], F[449], F[450], F[451], F[452], F[453], F[454], F[455], F[456], F[457], F[458], F[459], F[460], F[461], F[462], F[463], F[464], F[465], F[466], F[467], F[468], F[469], F[470], F[471], F[472], F[473], F[474], F[475], F[476], F[477], F[478], F[479], F[480], F[481], F[482], F[483], F[484], F[485], F[486], F[487], F[488], F[489], F[490], F[491], F[492], F[493], F[494], F[495], F[496], F[497], F[498], F[499], F[500], F[501], F[502], F[503], F[504], F[505], F[506], F[507], F[508], F[509], F[510], F[511], F[512], F[513], F[514], F[515], F[516], F[517], F[518], F[519], F[520], F[521], F[522], F[523], F[524], F[525], F[526], F[527], F[528], F[529], F[530], F[531], F[532], F[533], F[534], F[535], F[536], F[537], F[538], F[539], F[540], F[541], F[542], F[543], F[544], F[545], F[546], F[547], F[548], F[549], F[550], F[551], F[552], F[553], F[554], F[555], F[556], F[557], F[558], F[559], F[560], F[561], F[562], F[563], F[564], F[565], F[566], F[567], F[568], F[569], F[570], F[571], F[572], F[573], F[574], F[575], F[576], F[577], F[578], F[579], F[580], F[581], F[582], F[583], F[584], F[585], F[586], F[587], F[588], F[589], F[590], F[591], F[592], F[593], F[594], F[595], F[596], F[597], F[598], F[599], F[600], F[601], F[602], F[603], F[604], F[605], F[606], F[607], F[608], F[609], F[610], F[611], F[612], F[613], F[614], F[615], F[616], F[617], F[618], F[619], F[620], F[621], F[622], F[623], F[624], F[625], F[626], F[627], F[628], F[629], F[630], F[631], F[632], F[633], F[634], F[635], F[636], F[637], F[638], F[639], F[640], F[641], F[642], F[643], F[644], F[645], F[646], F[647], F[648], F[649], F[650], F[651], F[652], F[653], F[654], F[655], F[656], F[657], F[658], F[659], F[660], F[661], F[662], F[663], F[664], F[665], F[666], F[667], F[668], F[669], F[670], F[671], F[672], F[673], F[674], F[675], F[676], F[677], F[678], F[679], F[680], F[681], F[682], F[683], F[684], F[685], F[686], F[687], F[688], F[689], F[690], F[691], F[692], F[693], F[694], F[695], F[696], F[697], F[698], F[699], F[700], F[701], F[702], F[703], F[704], F[705], F[706], F[707], F[708], F[709], F[710], F[711], F[712], F[713], F[714], F[715], F[716], F[717], F[718], F[719], F[720], F[721], F[722], F[723], F[724], F[725], F[726], F[727], F[728], F[729], F[730], F[731], F[732], F[733], F[734], F[735], F[736], F[737], F[738], F[739], F[740], F[741], F[742], F[743], F[744], F[745], F[746], F[747], F[748], F[749], F[750], F_COMMAND, F_SEVERITY, F_RULE }

EXPERTS = {}
local experts = {}
EXPERTS["empty"] = {}
EXPERTS["empty"][1] = ProtoExpert.new("icqv2.issue.empty.note", "ICQ empty note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["empty"][1]
EXPERTS["empty"][2] = ProtoExpert.new("icqv2.issue.empty.warning", "ICQ empty warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["empty"][2]
EXPERTS["empty"][3] = ProtoExpert.new("icqv2.issue.empty.error", "ICQ empty error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["empty"][3]
EXPERTS["truncated"] = {}
EXPERTS["truncated"][1] = ProtoExpert.new("icqv2.issue.truncated.note", "ICQ truncated note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["truncated"][1]
EXPERTS["truncated"][2] = ProtoExpert.new("icqv2.issue.truncated.warning", "ICQ truncated warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["truncated"][2]
EXPERTS["truncated"][3] = ProtoExpert.new("icqv2.issue.truncated.error", "ICQ truncated error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["truncated"][3]
EXPERTS["length-overrun"] = {}
EXPERTS["length-overrun"][1] = ProtoExpert.new("icqv2.issue.length-overrun.note", "ICQ length-overrun note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["length-overrun"][1]
EXPERTS["length-overrun"][2] = ProtoExpert.new("icqv2.issue.length-overrun.warning", "ICQ length-overrun warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["length-overrun"][2]
EXPERTS["length-overrun"][3] = ProtoExpert.new("icqv2.issue.length-overrun.error", "ICQ length-overrun error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["length-overrun"][3]
EXPERTS["zero-length"] = {}
EXPERTS["zero-length"][1] = ProtoExpert.new("icqv2.issue.zero-length.note", "ICQ zero-length note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["zero-length"][1]
EXPERTS["zero-length"][2] = ProtoExpert.new("icqv2.issue.zero-length.warning", "ICQ zero-length warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["zero-length"][2]
EXPERTS["zero-length"][3] = ProtoExpert.new("icqv2.issue.zero-length.error", "ICQ zero-length error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["zero-length"][3]
EXPERTS["missing-nul"] = {}
EXPERTS["missing-nul"][1] = ProtoExpert.new("icqv2.issue.missing-nul.note", "ICQ missing-nul note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["missing-nul"][1]
EXPERTS["missing-nul"][2] = ProtoExpert.new("icqv2.issue.missing-nul.warning", "ICQ missing-nul warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["missing-nul"][2]
EXPERTS["missing-nul"][3] = ProtoExpert.new("icqv2.issue.missing-nul.error", "ICQ missing-nul error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["missing-nul"][3]
EXPERTS["trailing"] = {}
EXPERTS["trailing"][1] = ProtoExpert.new("icqv2.issue.trailing.note", "ICQ trailing note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["trailing"][1]
EXPERTS["trailing"][2] = ProtoExpert.new("icqv2.issue.trailing.warning", "ICQ trailing warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["trailing"][2]
EXPERTS["trailing"][3] = ProtoExpert.new("icqv2.issue.trailing.error", "ICQ trailing error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["trailing"][3]
EXPERTS["other-version"] = {}
EXPERTS["other-version"][1] = ProtoExpert.new("icqv2.issue.other-version.note", "ICQ other-version note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["other-version"][1]
EXPERTS["other-version"][2] = ProtoExpert.new("icqv2.issue.other-version.warning", "ICQ other-version warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["other-version"][2]
EXPERTS["other-version"][3] = ProtoExpert.new("icqv2.issue.other-version.error", "ICQ other-version error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["other-version"][3]
EXPERTS["unknown-command"] = {}
EXPERTS["unknown-command"][1] = ProtoExpert.new("icqv2.issue.unknown-command.note", "ICQ unknown-command note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["unknown-command"][1]
EXPERTS["unknown-command"][2] = ProtoExpert.new("icqv2.issue.unknown-command.warning", "ICQ unknown-command warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["unknown-command"][2]
EXPERTS["unknown-command"][3] = ProtoExpert.new("icqv2.issue.unknown-command.error", "ICQ unknown-command error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["unknown-command"][3]
EXPERTS["undescribed"] = {}
EXPERTS["undescribed"][1] = ProtoExpert.new("icqv2.issue.undescribed.note", "ICQ undescribed note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["undescribed"][1]
EXPERTS["undescribed"][2] = ProtoExpert.new("icqv2.issue.undescribed.warning", "ICQ undescribed warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["undescribed"][2]
EXPERTS["undescribed"][3] = ProtoExpert.new("icqv2.issue.undescribed.error", "ICQ undescribed error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["undescribed"][3]
EXPERTS["fixed-differs"] = {}
EXPERTS["fixed-differs"][1] = ProtoExpert.new("icqv2.issue.fixed-differs.note", "ICQ fixed-differs note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["fixed-differs"][1]
EXPERTS["fixed-differs"][2] = ProtoExpert.new("icqv2.issue.fixed-differs.warning", "ICQ fixed-differs warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["fixed-differs"][2]
EXPERTS["fixed-differs"][3] = ProtoExpert.new("icqv2.issue.fixed-differs.error", "ICQ fixed-differs error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["fixed-differs"][3]
EXPERTS["typical-differs"] = {}
EXPERTS["typical-differs"][1] = ProtoExpert.new("icqv2.issue.typical-differs.note", "ICQ typical-differs note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["typical-differs"][1]
EXPERTS["typical-differs"][2] = ProtoExpert.new("icqv2.issue.typical-differs.warning", "ICQ typical-differs warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["typical-differs"][2]
EXPERTS["typical-differs"][3] = ProtoExpert.new("icqv2.issue.typical-differs.error", "ICQ typical-differs error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["typical-differs"][3]
EXPERTS["unnamed-value"] = {}
EXPERTS["unnamed-value"][1] = ProtoExpert.new("icqv2.issue.unnamed-value.note", "ICQ unnamed-value note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["unnamed-value"][1]
EXPERTS["unnamed-value"][2] = ProtoExpert.new("icqv2.issue.unnamed-value.warning", "ICQ unnamed-value warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["unnamed-value"][2]
EXPERTS["unnamed-value"][3] = ProtoExpert.new("icqv2.issue.unnamed-value.error", "ICQ unnamed-value error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["unnamed-value"][3]
EXPERTS["peer-length"] = {}
EXPERTS["peer-length"][1] = ProtoExpert.new("icqv2.issue.peer-length.note", "ICQ peer-length note", expert.group.PROTOCOL, expert.severity.NOTE)
experts[#experts + 1] = EXPERTS["peer-length"][1]
EXPERTS["peer-length"][2] = ProtoExpert.new("icqv2.issue.peer-length.warning", "ICQ peer-length warning", expert.group.PROTOCOL, expert.severity.WARN)
experts[#experts + 1] = EXPERTS["peer-length"][2]
EXPERTS["peer-length"][3] = ProtoExpert.new("icqv2.issue.peer-length.error", "ICQ peer-length error", expert.group.PROTOCOL, expert.severity.ERROR)
experts[#experts + 1] = EXPERTS["peer-length"][3]
icqv2.experts = experts

local R = {}
R[1] = { name = "VERSION", kind = "u16", width = 2, number = true, unknown = false, fields = { F[1] }, want = { 2, 0 }, mask = { 255, 255 } }
R[2] = { name = "COMMAND", kind = "u16", width = 2, number = true, unknown = false, fields = { F[2] } }
R[3] = { name = "SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[3] } }
R[4] = { name = "UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[4] } }
R[5] = { name = "RECEIVER_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[5], F[92] } }
R[6] = { name = "MESSAGE_TYPE", kind = "u16", width = 2, number = true, unknown = false, fields = { F[6], F[93] }, names = VS[2], note_other = true }
R[7] = { name = "MESSAGE", kind = "string", width = 0, number = false, unknown = false, fields = { F[7], F[94] } }
R[8] = { name = "PORT", kind = "u32", width = 4, number = true, unknown = false, fields = { F[8], F[95] } }
R[9] = { name = "PASSWORD", kind = "string", width = 0, number = false, unknown = false, fields = { F[9], F[96] } }
R[10] = { name = "X1", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[10] }, want = { 120, 0, 0, 0 }, mask = { 255, 255, 255, 255 } }
R[11] = { name = "USER_IP", kind = "ip", width = 4, number = false, unknown = false, fields = { F[11], F[97] } }
R[12] = { name = "X2", kind = "bytes", width = 1, number = false, unknown = true, fields = { F[12] }, want = { 4 }, mask = { 255 } }
R[13] = { name = "STATUS", kind = "u32", width = 4, number = true, unknown = false, fields = { F[13], F[98] }, names = VS[3], note_other = true }
R[14] = { name = "X3", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[14] }, want = { 2, 0, 0, 0 }, mask = { 255, 255, 255, 255 } }
R[15] = { name = "LOGIN_SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[15], F[99] } }
R[16] = { name = "X4", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[16] }, want = { 0, 0, 0, 0 }, mask = { 255, 255, 255, 255 } }
R[17] = { name = "X5", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[17] }, want = { 24, 0, 120, 0 }, mask = { 255, 255, 255, 255 } }
R[18] = { name = "NUM_CONTACTS", kind = "u16", width = 2, number = true, unknown = false, fields = { F[18], F[100] } }
R[19] = { name = "UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[19] }, count = "NUM_CONTACTS" }
R[20] = { name = "SEARCH_SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[20], F[101] } }
R[21] = { name = "SEARCHED_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[21], F[102] } }
R[22] = { name = "SEARCH_SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[22], F[101] } }
R[23] = { name = "NICK_NAME", kind = "string", width = 0, number = false, unknown = false, fields = { F[23], F[103] } }
R[24] = { name = "FIRST_NAME", kind = "string", width = 0, number = false, unknown = false, fields = { F[24], F[104] } }
R[25] = { name = "LAST_NAME", kind = "string", width = 0, number = false, unknown = false, fields = { F[25], F[105] } }
R[26] = { name = "E_MAIL", kind = "string", width = 0, number = false, unknown = false, fields = { F[26], F[106] } }
R[27] = { name = "TEXT_CODE", kind = "string", width = 0, number = false, unknown = false, fields = { F[27], F[107] } }
R[28] = { name = "X1", kind = "bytes", width = 2, number = false, unknown = true, fields = { F[28] } }
R[29] = { name = "INFO_SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[29], F[108] } }
R[30] = { name = "QUERY_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[30], F[109] } }
R[31] = { name = "INFO_SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[31], F[108] } }
R[32] = { name = "QUERY_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[32], F[109] } }
R[33] = { name = "PASSWORD_SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[33], F[110] } }
R[34] = { name = "NEW_PASSWORD", kind = "string", width = 0, number = false, unknown = false, fields = { F[34], F[111] } }
R[35] = { name = "STATUS", kind = "u32", width = 4, number = true, unknown = false, fields = { F[35], F[98] }, names = VS[3], note_other = true }
R[36] = { name = "X1", kind = "bytes", width = 1, number = false, unknown = true, fields = { F[36] }, want = { 0 }, mask = { 255 } }
R[37] = { name = "VERSION", kind = "u16", width = 2, number = true, unknown = false, fields = { F[1] }, want = { 2, 0 }, mask = { 255, 255 } }
R[38] = { name = "COMMAND", kind = "u16", width = 2, number = true, unknown = false, fields = { F[2] } }
R[39] = { name = "SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[3] } }
R[40] = { name = "USER_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[37], F[112] } }
R[41] = { name = "USER_IP", kind = "ip", width = 4, number = false, unknown = false, fields = { F[38], F[97] } }
R[42] = { name = "LOGIN_SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[39], F[99] } }
R[43] = { name = "X1", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[40] }, want = { 1, 0, 1, 0 }, mask = { 255, 255, 255, 255 } }
R[44] = { name = "X2", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[41] }, want = { 0, 0, 22, 0 }, mask = { 0, 255, 255, 255 } }
R[45] = { name = "X3", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[42] }, want = { 140, 0, 0, 0 }, mask = { 255, 255, 255, 255 } }
R[46] = { name = "X4", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[43] }, want = { 120, 0, 5, 0 }, mask = { 255, 255, 255, 255 } }
R[47] = { name = "X5", kind = "bytes", width = 6, number = false, unknown = true, fields = { F[44] }, want = { 10, 0, 5, 0, 1, 0 }, mask = { 255, 255, 255, 255, 255, 255 } }
R[48] = { name = "REMOTE_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[45], F[113] } }
R[49] = { name = "REMOTE_IP", kind = "ip", width = 4, number = false, unknown = false, fields = { F[46], F[114] } }
R[50] = { name = "REMOTE_PORT", kind = "u32", width = 4, number = true, unknown = false, fields = { F[47], F[115] } }
R[51] = { name = "REMOTE_REAL_IP", kind = "ip", width = 4, number = false, unknown = false, fields = { F[48], F[116] } }
R[52] = { name = "X1", kind = "bytes", width = 1, number = false, unknown = true, fields = { F[49] }, want = { 4 }, mask = { 255 } }
R[53] = { name = "STATUS", kind = "u32", width = 4, number = true, unknown = false, fields = { F[50], F[98] }, names = VS[3], note_other = true }
R[54] = { name = "X2", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[51] }, want = { 2, 0, 0, 0 }, mask = { 255, 255, 255, 255 } }
R[55] = { name = "REMOTE_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[52], F[113] } }
R[56] = { name = "SEARCH_SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[53], F[101] } }
R[57] = { name = "FOUND_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[54], F[117] } }
R[58] = { name = "NICK_NAME", kind = "string", width = 0, number = false, unknown = false, fields = { F[55], F[103] } }
R[59] = { name = "FIRST_NAME", kind = "string", width = 0, number = false, unknown = false, fields = { F[56], F[104] } }
R[60] = { name = "LAST_NAME", kind = "string", width = 0, number = false, unknown = false, fields = { F[57], F[105] } }
R[61] = { name = "E_MAIL", kind = "string", width = 0, number = false, unknown = false, fields = { F[58], F[106] } }
R[62] = { name = "AUTHORIZE", kind = "u8", width = 1, number = true, unknown = false, fields = { F[59], F[118] }, names = VS[4], note_other = true }
R[63] = { name = "REMOTE_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[60], F[113] } }
R[64] = { name = "YEAR", kind = "u16", width = 2, number = true, unknown = false, fields = { F[61], F[119] } }
R[65] = { name = "MONTH", kind = "u8", width = 1, number = true, unknown = false, fields = { F[62], F[120] } }
R[66] = { name = "DAY", kind = "u8", width = 1, number = true, unknown = false, fields = { F[63], F[121] } }
R[67] = { name = "HOUR", kind = "u8", width = 1, number = true, unknown = false, fields = { F[64], F[122] } }
R[68] = { name = "MINUTE", kind = "u8", width = 1, number = true, unknown = false, fields = { F[65], F[123] } }
R[69] = { name = "TYPE", kind = "u16", width = 2, number = true, unknown = false, fields = { F[66], F[124] }, names = VS[2], note_other = true }
R[70] = { name = "MESSAGE", kind = "string", width = 0, number = false, unknown = false, fields = { F[67], F[94] } }
R[71] = { name = "SEARCH_SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[68], F[101] } }
R[72] = { name = "MORE_FOUND", kind = "u8", width = 1, number = true, unknown = false, fields = { F[69], F[125] }, names = VS[5], note_other = true }
R[73] = { name = "INFO_SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[70], F[108] } }
R[74] = { name = "REMOTE_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[71], F[113] } }
R[75] = { name = "NICK_NAME", kind = "string", width = 0, number = false, unknown = false, fields = { F[72], F[103] } }
R[76] = { name = "FIRST_NAME", kind = "string", width = 0, number = false, unknown = false, fields = { F[73], F[104] } }
R[77] = { name = "LAST_NAME", kind = "string", width = 0, number = false, unknown = false, fields = { F[74], F[105] } }
R[78] = { name = "E_MAIL", kind = "string", width = 0, number = false, unknown = false, fields = { F[75], F[106] } }
R[79] = { name = "AUTHORIZE", kind = "u8", width = 1, number = true, unknown = false, fields = { F[76], F[118] }, names = VS[4], note_other = true }
R[80] = { name = "INFO_SEQ_NUM", kind = "u16", width = 2, number = true, unknown = false, fields = { F[77], F[108] } }
R[81] = { name = "REMOTE_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[78], F[113] } }
R[82] = { name = "CITY", kind = "string", width = 0, number = false, unknown = false, fields = { F[79], F[126] } }
R[83] = { name = "COUNTRY_CODE", kind = "u16", width = 2, number = true, unknown = false, fields = { F[80], F[127] }, names = VS[6], note_other = false }
R[84] = { name = "COUNTRY_STATUS", kind = "u8", width = 1, number = true, unknown = false, fields = { F[81], F[128] }, names = VS[7], note_other = true }
R[85] = { name = "STATE", kind = "string", width = 0, number = false, unknown = false, fields = { F[82], F[129] } }
R[86] = { name = "AGE", kind = "u16", width = 2, number = true, unknown = false, fields = { F[83], F[130] }, names = VS[6], note_other = false }
R[87] = { name = "SEX", kind = "u8", width = 1, number = true, unknown = false, fields = { F[84], F[131] }, names = VS[8], note_other = true }
R[88] = { name = "PHONE", kind = "string", width = 0, number = false, unknown = false, fields = { F[85], F[132] } }
R[89] = { name = "HOME_PAGE", kind = "string", width = 0, number = false, unknown = false, fields = { F[86], F[133] } }
R[90] = { name = "ABOUT", kind = "string", width = 0, number = false, unknown = false, fields = { F[87], F[134] } }
R[91] = { name = "REMOTE_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[88], F[113] } }
R[92] = { name = "STATUS", kind = "u32", width = 4, number = true, unknown = false, fields = { F[89], F[98] }, names = VS[3], note_other = true }
R[93] = { name = "LENGTH", kind = "u16", width = 2, number = true, unknown = false, fields = { F[135] } }
R[94] = { name = "UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[136] } }
R[95] = { name = "VERSION", kind = "u16", width = 2, number = true, unknown = false, fields = { F[137] }, want = { 2, 0 }, mask = { 255, 255 }, names = VS[9], note_other = false }
R[96] = { name = "MSG_COMMAND", kind = "u16", width = 2, number = true, unknown = false, fields = { F[138] }, want = { 238, 7 }, mask = { 255, 255 } }
R[97] = { name = "X1", kind = "bytes", width = 2, number = false, unknown = true, fields = { F[139] }, want = { 0, 0 }, mask = { 255, 255 } }
R[98] = { name = "UIN_2", kind = "u32", width = 4, number = true, unknown = false, fields = { F[140] } }
R[99] = { name = "TYPE", kind = "u16", width = 2, number = true, unknown = false, fields = { F[141] }, names = VS[2], note_other = true }
R[100] = { name = "MESSAGE", kind = "string", width = 0, number = false, unknown = false, fields = { F[142] } }
R[101] = { name = "MY_IP_REAL", kind = "ip", width = 4, number = false, unknown = false, fields = { F[143] } }
R[102] = { name = "MY_IP", kind = "ip", width = 4, number = false, unknown = false, fields = { F[144] } }
R[103] = { name = "PORT", kind = "u32", width = 4, number = true, unknown = false, fields = { F[145] } }
R[104] = { name = "X2", kind = "bytes", width = 1, number = false, unknown = true, fields = { F[146] }, want = { 4 }, mask = { 255 } }
R[105] = { name = "X3", kind = "bytes", width = 2, number = false, unknown = true, fields = { F[147] }, want = { 0, 0 }, mask = { 255, 255 } }
R[106] = { name = "CMD_TYPE", kind = "u16", width = 2, number = true, unknown = false, fields = { F[148] }, names = VS[11], note_other = true }
R[107] = { name = "X4", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[149] } }
R[108] = { name = "LENGTH", kind = "u16", width = 2, number = true, unknown = false, fields = { F[135] } }
R[109] = { name = "UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[136] } }
R[110] = { name = "VERSION", kind = "u16", width = 2, number = true, unknown = false, fields = { F[137] }, want = { 2, 0 }, mask = { 255, 255 }, names = VS[9], note_other = false }
R[111] = { name = "MSG_COMMAND", kind = "u16", width = 2, number = true, unknown = false, fields = { F[138] }, want = { 218, 7 }, mask = { 255, 255 } }
R[112] = { name = "X1", kind = "bytes", width = 2, number = false, unknown = true, fields = { F[139] }, want = { 0, 0 }, mask = { 255, 255 } }
R[113] = { name = "UIN_2", kind = "u32", width = 4, number = true, unknown = false, fields = { F[140] } }
R[114] = { name = "TYPE", kind = "u16", width = 2, number = true, unknown = false, fields = { F[141] }, names = VS[2], note_other = true }
R[115] = { name = "MESSAGE", kind = "string", width = 0, number = false, unknown = false, fields = { F[142] } }
R[116] = { name = "MY_IP_REAL", kind = "ip", width = 4, number = false, unknown = false, fields = { F[143] } }
R[117] = { name = "MY_IP", kind = "ip", width = 4, number = false, unknown = false, fields = { F[144] } }
R[118] = { name = "PORT", kind = "u32", width = 4, number = true, unknown = false, fields = { F[145] } }
R[119] = { name = "X2", kind = "bytes", width = 1, number = false, unknown = true, fields = { F[146] }, want = { 4 }, mask = { 255 } }
R[120] = { name = "X3", kind = "bytes", width = 2, number = false, unknown = true, fields = { F[147] }, want = { 0, 0 }, mask = { 255, 255 } }
R[121] = { name = "CMD_TYPE", kind = "u16", width = 2, number = true, unknown = false, fields = { F[148] }, names = VS[11], note_other = true }
R[122] = { name = "X4", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[149] } }
R[123] = { name = "LENGTH", kind = "u16", width = 2, number = true, unknown = false, fields = { F[135] } }
R[124] = { name = "UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[136] } }
R[125] = { name = "VERSION", kind = "u16", width = 2, number = true, unknown = false, fields = { F[137] }, want = { 2, 0 }, mask = { 255, 255 }, names = VS[9], note_other = false }
R[126] = { name = "MSG_COMMAND", kind = "u16", width = 2, number = true, unknown = false, fields = { F[138] }, want = { 208, 7 }, mask = { 255, 255 } }
R[127] = { name = "X1", kind = "bytes", width = 2, number = false, unknown = true, fields = { F[139] }, want = { 0, 0 }, mask = { 255, 255 } }
R[128] = { name = "UIN_2", kind = "u32", width = 4, number = true, unknown = false, fields = { F[140] } }
R[129] = { name = "TYPE", kind = "u16", width = 2, number = true, unknown = false, fields = { F[141] }, names = VS[2], note_other = true }
R[130] = { name = "MESSAGE", kind = "string", width = 0, number = false, unknown = false, fields = { F[142] } }
R[131] = { name = "MY_IP_REAL", kind = "ip", width = 4, number = false, unknown = false, fields = { F[143] } }
R[132] = { name = "MY_IP", kind = "ip", width = 4, number = false, unknown = false, fields = { F[144] } }
R[133] = { name = "PORT", kind = "u32", width = 4, number = true, unknown = false, fields = { F[145] } }
R[134] = { name = "X2", kind = "bytes", width = 1, number = false, unknown = true, fields = { F[146] }, want = { 4 }, mask = { 255 } }
R[135] = { name = "X3", kind = "bytes", width = 2, number = false, unknown = true, fields = { F[147] }, want = { 0, 0 }, mask = { 255, 255 } }
R[136] = { name = "CMD_TYPE", kind = "u16", width = 2, number = true, unknown = false, fields = { F[148] }, names = VS[11], note_other = true }
R[137] = { name = "X4", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[149] } }
R[138] = { name = "LENGTH", kind = "u16", width = 2, number = true, unknown = false, fields = { F[135], F[150] }, want = { 26, 0 }, mask = { 255, 255 } }
R[139] = { name = "INIT_IDENT", kind = "u8", width = 1, number = true, unknown = false, fields = { F[151], F[159] }, want = { 255 }, mask = { 255 } }
R[140] = { name = "X1", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[152] }, want = { 2, 0, 0, 0 }, mask = { 255, 255, 255, 255 }, names = VS[9], note_other = false }
R[141] = { name = "X2", kind = "bytes", width = 4, number = false, unknown = true, fields = { F[153] }, want = { 0, 0, 0, 0 }, mask = { 255, 255, 255, 255 } }
R[142] = { name = "MY_UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[154], F[160] } }
R[143] = { name = "MY_IP", kind = "ip", width = 4, number = false, unknown = false, fields = { F[144], F[155] } }
R[144] = { name = "MY_IP_REAL", kind = "ip", width = 4, number = false, unknown = false, fields = { F[143], F[156] } }
R[145] = { name = "X3", kind = "bytes", width = 1, number = false, unknown = true, fields = { F[157] }, want = { 4 }, mask = { 255 } }
R[146] = { name = "MY_PORT", kind = "u32", width = 4, number = true, unknown = false, fields = { F[158], F[161] } }
R[147] = { name = "LENGTH", kind = "u16", width = 2, number = true, unknown = false, fields = { F[135] } }
R[148] = { name = "UIN", kind = "u32", width = 4, number = true, unknown = false, fields = { F[136] } }
R[149] = { name = "VERSION", kind = "u16", width = 2, number = true, unknown = false, fields = { F[137] }, want = { 2, 0 }, mask = { 255, 255 }, names = VS[9], note_other = false }
R[150] = { name = "MSG_COMMAND", kind = "u16", width = 2, number = true, unknown = false, fields = { F[138] } }
R[151] = { name = "PARAMETERS", kind = "rest", width = 0, number = false, unknown = false, fields = { F[90] } }
R[152] = { name = "TRAILING", kind = "rest", width = 0, number = false, unknown = false, fields = { F[91] } }
UDP = { c2s = {
	header = { R[1], R[2], R[3], R[4] },
	cmds = {
		[10] = { name = "ACK", described = true, params = {  } },
		[270] = { name = "SEND_MESSAGE", described = true, params = { R[5], R[6], R[7] } },
		[1000] = { name = "LOGIN", described = true, params = { R[8], R[9], R[10], R[11], R[12], R[13], R[14], R[15], R[16], R[17] } },
		[1030] = { name = "CONTACT_LIST", described = true, params = { R[18], R[19] } },
		[1050] = { name = "SEARCH_UIN", described = true, params = { R[20], R[21] } },
		[1060] = { name = "SEARCH_USER", described = true, params = { R[22], R[23], R[24], R[25], R[26] } },
		[1070] = { name = "KEEP_ALIVE", described = true, params = {  } },
		[1080] = { name = "SEND_TEXT_CODE", described = true, params = { R[27], R[28] } },
		[1100] = { name = "LOGIN_1", described = true, params = {  } },
		[1120] = { name = "INFO_REQ", described = true, params = { R[29], R[30] } },
		[1130] = { name = "EXT_INFO_REQ", described = true, params = { R[31], R[32] } },
		[1180] = { name = "CHANGE_PASSWORD", described = true, params = { R[33], R[34] } },
		[1240] = { name = "STATUS_CHANGE", described = true, params = { R[35] } },
		[1320] = { name = "LOGIN_2", described = true, params = { R[36] } },
		[1290] = { name = "UPDATE_INFO", described = false, params = {  } },
		[1200] = { name = "UPDATE_EXT_INFO", described = false, params = {  } },
		[1340] = { name = "ADD_TO_LIST", described = false, params = {  } },
		[1110] = { name = "REQ_ADD_TO_LIST", described = false, params = {  } },
		[1210] = { name = "QUERY_SERVERS", described = false, params = {  } },
		[1220] = { name = "QUERY_ADDONS", described = false, params = {  } },
		[1260] = { name = "NEW_USER_1", described = false, params = {  } },
		[1020] = { name = "NEW_USER_REG", described = false, params = {  } },
		[1190] = { name = "NEW_USER_INFO", described = false, params = {  } },
		[1090] = { name = "CMD_X1", described = false, params = {  } },
	},
}, s2c = {
	header = { R[37], R[38], R[39] },
	cmds = {
		[10] = { name = "ACK", described = true, params = {  } },
		[90] = { name = "LOGIN_REPLY", described = true, params = { R[40], R[41], R[42], R[43], R[44], R[45], R[46], R[47] } },
		[110] = { name = "USER_ONLINE", described = true, params = { R[48], R[49], R[50], R[51], R[52], R[53], R[54] } },
		[120] = { name = "USER_OFFLINE", described = true, params = { R[55] } },
		[140] = { name = "USER_FOUND", described = true, params = { R[56], R[57], R[58], R[59], R[60], R[61], R[62] } },
		[220] = { name = "RECEIVE_MESSAGE", described = true, params = { R[63], R[64], R[65], R[66], R[67], R[68], R[69], R[70] } },
		[160] = { name = "END_OF_SEARCH", described = true, params = { R[71], R[72] } },
		[280] = { name = "INFO_REPLY", described = true, params = { R[73], R[74], R[75], R[76], R[77], R[78], R[79] } },
		[290] = { name = "EXT_INFO_REPLY", described = true, params = { R[80], R[81], R[82], R[83], R[84], R[85], R[86], R[87], R[88], R[89], R[90] } },
		[420] = { name = "STATUS_UPDATE", described = true, params = { R[91], R[92] } },
		[540] = { name = "REPLY_X1", described = false, params = {  } },
		[230] = { name = "REPLY_X2", described = false, params = {  } },
		[480] = { name = "UPDATE_REPLY", described = false, params = {  } },
		[200] = { name = "UPDATE_EXT_REPLY", described = false, params = {  } },
		[70] = { name = "NEW_USER_UIN", described = false, params = {  } },
		[180] = { name = "NEW_USER_REPLY", described = false, params = {  } },
		[130] = { name = "QUERY_REPLY", described = false, params = {  } },
		[450] = { name = "SYSTEM_MESSAGE", described = false, params = {  } },
	},
} }
RAW = { parameters = R[151], trailing = R[152] }
PEER = {
	init = { name = "CHANNEL_INIT", described = true, params = { R[138], R[139], R[140], R[141], R[142], R[143], R[144], R[145], R[146] } },
	cmds = {
		[2030] = { name = "CHANNEL_MESSAGE", described = true, params = { R[93], R[94], R[95], R[96], R[97], R[98], R[99], R[100], R[101], R[102], R[103], R[104], R[105], R[106], R[107] } },
		[2010] = { name = "CHANNEL_ACK", described = true, params = { R[108], R[109], R[110], R[111], R[112], R[113], R[114], R[115], R[116], R[117], R[118], R[119], R[120], R[121], R[122] } },
		[2000] = { name = "CHANNEL_CANCEL", described = true, params = { R[123], R[124], R[125], R[126], R[127], R[128], R[129], R[130], R[131], R[132], R[133], R[134], R[135], R[136], R[137] } },
	},
	shared = { R[147], R[148], R[149], R[150] },
	versions = { [2] = true, [3] = true },
	version_at = 6, command_at = 8,
	init_min = 26, message_min = 40, max_packet = 65536, init_length = 26,
}
SERVER_PORTS = { [4000] = true, [4001] = true }
PEER_PORTS = { [4321] = true }

