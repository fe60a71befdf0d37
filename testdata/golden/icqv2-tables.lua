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
F_COMMAND = ProtoField.string("icq.command", "Command", nil, "The name of the packet's command, as the spec gives it")
VS[12] = { [1] = "note", [2] = "warning", [3] = "error" }
F_SEVERITY = ProtoField.uint8("icq.issue.severity", "Severity", base.DEC, VS[12], nil, "Severity of an issue the decoder found: note, warning or error")
F_RULE = ProtoField.string("icq.issue.rule", "Rule", nil, "What the decoder found: truncated, trailing, unknown-command...")
icqv2.fields = { F[1], F[2], F[3], F[4], F[5], F[6], F[7], F[8], F[9], F[10], F[11], F[12], F[13], F[14], F[15], F[16], F[17], F[18], F[19], F[20], F[21], F[22], F[23], F[24], F[25], F[26], F[27], F[28], F[29], F[30], F[31], F[32], F[33], F[34], F[35], F[36], F[37], F[38], F[39], F[40], F[41], F[42], F[43], F[44], F[45], F[46], F[47], F[48], F[49], F[50], F[51], F[52], F[53], F[54], F[55], F[56], F[57], F[58], F[59], F[60], F[61], F[62], F[63], F[64], F[65], F[66], F[67], F[68], F[69], F[70], F[71], F[72], F[73], F[74], F[75], F[76], F[77], F[78], F[79], F[80], F[81], F[82], F[83], F[84], F[85], F[86], F[87], F[88], F[89], F[90], F[91], F[92], F[93], F[94], F[95], F[96], F[97], F[98], F[99], F[100], F[101], F[102], F[103], F[104], F[105], F[106], F[107], F[108], F[109], F[110], F[111], F[112], F[113], F[114], F[115], F[116], F[117], F[118], F[119], F[120], F[121], F[122], F[123], F[124], F[125], F[126], F[127], F[128], F[129], F[130], F[131], F[132], F[133], F[134], F[135], F[136], F[137], F[138], F[139], F[140], F[141], F[142], F[143], F[144], F[145], F[146], F[147], F[148], F[149], F[150], F[151], F[152], F[153], F[154], F[155], F[156], F[157], F[158], F[159], F[160], F[161], F_COMMAND, F_SEVERITY, F_RULE }

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

