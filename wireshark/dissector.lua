-- The decoder: a port of icqdump's dissect/decode.go that walks the tables
-- above. Lua 5.2: no integer division, no bitwise operators.

local NOTE, WARNING, ERROR = 1, 2, 3
local SEVERITY_NAMES = { [NOTE] = "note", [WARNING] = "warning", [ERROR] = "error" }

local function left(P) return P.len - P.off end

local function le(P, off, n)
	if n == 0 or n > 4 then return 0 end
	return P.tvb(off, n):le_uint()
end

local function issue(P, kind, sev, row, index, off, len)
	P.issues[#P.issues + 1] = { kind = kind, sev = sev, row = row, index = index, off = off, len = len }
end

local function push(P, row, index, n, num, doff, dlen)
	local v = { row = row, index = index, off = P.off, len = n, num = num, doff = doff, dlen = dlen }
	P.values[#P.values + 1] = v
	P.off = P.off + n
	return v
end

local function last(P) return P.values[#P.values] end

-- need reports whether n bytes remain for row; if not, what is left is a
-- partial value and the packet is truncated there.
local function need(P, row, index, n)
	if P.failed then return false end
	local l = left(P)
	if l < n then
		issue(P, "truncated", ERROR, row, index, P.off, l)
		push(P, row, index, l, 0, P.off, l).partial = true
		P.failed = true
		return false
	end
	return true
end

local function read(P, row, index)
	if not need(P, row, index, row.width) then return false end
	push(P, row, index, row.width, le(P, P.off, row.width), P.off, row.width)
	return true
end

local function named(P, v)
	if v.partial then return false end
	if v.row.names then return v.row.names[v.num] ~= nil end
	return (v.row.name == "COMMAND" or v.row.name == "MSG_COMMAND") and P.cmd ~= nil
end

local function matches(P, row, v)
	for i = 1, #row.want do
		if row.mask[i] ~= 0 and P.tvb(v.off + i - 1, 1):uint() ~= row.want[i] then return false end
	end
	return true
end

local function check_content(P, row, index)
	local v = last(P)
	local is_named = named(P, v)
	if row.want and not matches(P, row, v) and not is_named then
		if row.unknown then
			issue(P, "typical-differs", NOTE, row, index, v.off, v.len)
		else
			issue(P, "fixed-differs", WARNING, row, index, v.off, v.len)
		end
	elseif row.names and row.note_other and not is_named then
		issue(P, "unnamed-value", NOTE, row, index, v.off, v.len)
	end
end

local function str(P, row, index)
	if not need(P, row, index, 2) then return false end
	local start = P.off
	local n = le(P, start, 2)
	local body = start + 2
	if n == 0 then
		issue(P, "zero-length", ERROR, row, index, start, 2)
		push(P, row, index, 2, 0, body, 0)
		return true
	end
	if n > P.len - body then
		local have = P.len - body
		issue(P, "length-overrun", ERROR, row, index, start, 2)
		push(P, row, index, 2 + have, n, body, have).partial = true
		P.failed = true
		return false
	end
	local textlen = n - 1
	if P.tvb(body + n - 1, 1):uint() ~= 0 then
		issue(P, "missing-nul", ERROR, row, index, body + n - 1, 1)
		textlen = n
	end
	push(P, row, index, 2 + n, n, body, textlen)
	return true
end

local function field(P, row, index)
	if row.kind == "string" then return str(P, row, index) end
	if row.kind == "rest" then
		push(P, row, index, left(P), 0, P.off, left(P))
		return true
	end
	if not read(P, row, index) then return false end
	check_content(P, row, index)
	return true
end

local function find(P, name)
	for _, v in ipairs(P.values) do
		if v.row.name == name then return v end
	end
	return nil
end

local function fields(P, rows, from, to)
	for i = from or 1, to or #rows do
		local row = rows[i]
		if row.count then
			local c = find(P, row.count)
			local count = c and c.num or 0
			local k = 0
			while k < count and field(P, row, k) do k = k + 1 end
		else
			field(P, row, -1)
		end
		if P.failed then return false end
	end
	return true
end

local function trailing(P, sev)
	if P.failed or left(P) == 0 then return end
	issue(P, "trailing", sev, RAW.trailing, -1, P.off, left(P))
	push(P, RAW.trailing, -1, left(P), 0, P.off, left(P))
end

local function rest(P) field(P, RAW.parameters, -1) end

local function other_version(P, row)
	local v = last(P)
	issue(P, "other-version", WARNING, row, -1, v.off, v.len)
	rest(P)
end

local function decode_udp(P, t)
	if P.len == 0 then
		issue(P, "empty", ERROR, nil, -1, 0, 0)
		return
	end
	local version = t.header[1]
	if not read(P, version, -1) then return end
	P.version = last(P).num
	if P.version ~= 2 then
		other_version(P, version)
		return
	end
	if not field(P, t.header[2], -1) then return end
	P.code = last(P).num
	local c = t.cmds[P.code]
	P.cmd = c
	if not fields(P, t.header, 3) then return end
	if c == nil then
		issue(P, "unknown-command", WARNING, nil, -1, P.off, left(P))
		rest(P)
	elseif not c.described then
		issue(P, "undescribed", NOTE, nil, -1, P.off, left(P))
		rest(P)
	else
		fields(P, c.params)
		trailing(P, WARNING)
	end
end

local function is_peer_init(P)
	return P.len > 2 and P.tvb(2, 1):uint() == 0xFF and
		(P.len < PEER.version_at + 2 or not PEER.versions[le(P, PEER.version_at, 2)])
end

local function decode_peer(P)
	if P.len == 0 then
		issue(P, "empty", ERROR, nil, -1, 0, 0)
		return
	end
	if is_peer_init(P) then
		P.cmd = PEER.init
		if fields(P, PEER.init.params) then trailing(P, WARNING) end
		local x1 = find(P, "X1")
		if x1 and not x1.partial then P.version = x1.num end
	else
		local c = nil
		if P.len >= PEER.command_at + 2 then c = PEER.cmds[le(P, PEER.command_at, 2)] end
		local shared = PEER.shared
		if c then shared = c.params end
		if fields(P, shared, 1, 2) and read(P, shared[3], -1) then
			P.version = last(P).num
			if not PEER.versions[P.version] then
				other_version(P, shared[3])
			elseif fields(P, shared, 4, 4) then
				P.code = last(P).num
				if c == nil then
					issue(P, "unknown-command", WARNING, nil, -1, P.off, left(P))
					rest(P)
				else
					P.cmd = c
					local sev = WARNING
					if P.version == 3 then sev = NOTE end
					if fields(P, c.params, 5) then trailing(P, sev) end
				end
			end
		end
	end
	local v = P.values[1]
	if v and v.row.name == "LENGTH" and not v.partial and v.num ~= P.len - 2 then
		issue(P, "peer-length", ERROR, v.row, -1, 0, 2)
	end
end

-- The tree: every value under each of its names, the first shown, the
-- others hidden (they are there for filters).

local function add_value(P, tree, v)
	local r = P.tvb(v.off, v.len)
	for i, pf in ipairs(v.row.fields) do
		local item
		if v.row.kind == "string" and v.dlen > 0 then
			item = tree:add_packet_field(pf, P.tvb(v.doff, v.dlen), ENC_WINDOWS_1252)
		elseif v.row.kind == "string" then
			item = tree:add(pf, r, "")
		elseif v.row.number then
			item = tree:add_le(pf, r)
		else
			item = tree:add(pf, r)
		end
		if i > 1 then item:set_hidden() end
	end
end

local function issue_text(P, is)
	local where = ""
	if is.row then
		where = is.row.name
		if is.index >= 0 then where = where .. "[" .. is.index .. "]" end
		where = where .. ": "
	end
	return where .. is.kind .. " (" .. SEVERITY_NAMES[is.sev] .. ")"
end

local function show(P, tree, pinfo, dir)
	local root = tree:add(icqv2, P.tvb(0, P.len))
	for _, v in ipairs(P.values) do
		if not v.partial then add_value(P, root, v) end
	end
	local name = nil
	if P.cmd then
		name = P.cmd.name
		root:add(F_COMMAND, name):set_generated()
	elseif P.code then
		name = string.format("UNKNOWN(0x%04X)", P.code)
	end
	for _, is in ipairs(P.issues) do
		root:add(F_SEVERITY, is.sev):set_generated()
		root:add(F_RULE, is.kind):set_generated()
		root:add_proto_expert_info(EXPERTS[is.kind][is.sev], issue_text(P, is))
	end
	pinfo.cols.protocol = "ICQv2"
	local info = dir
	if name then info = info .. " " .. name end
	pinfo.cols.info:set(info)
end

local function dissect_udp(tvb, pinfo, tree)
	local dir, t = "s2c", UDP.s2c
	if SERVER_PORTS[pinfo.dst_port] and not SERVER_PORTS[pinfo.src_port] then dir, t = "c2s", UDP.c2s end
	local P = { tvb = tvb, len = tvb:len(), off = 0, values = {}, issues = {} }
	decode_udp(P, t)
	show(P, tree, pinfo, dir)
	return P.len
end

local function peer_pdu(tvb, pinfo, tree)
	local P = { tvb = tvb, len = tvb:len(), off = 0, values = {}, issues = {} }
	decode_peer(P)
	show(P, tree, pinfo, "p2p")
	return P.len
end

local function peer_pdu_len(tvb, pinfo, offset)
	return tvb(offset, 2):le_uint() + 2
end

-- peer_start is dissect.PeerStart: can these bytes begin a peer packet?
-- A segment too short to tell is taken when it can only be the start of
-- CHANNEL_INIT, whose LENGTH is fixed (a client that sends LENGTH apart).
local function peer_start(tvb)
	local n = tvb:len()
	if n < 2 then return false end
	local length = tvb(0, 2):le_uint()
	if n < PEER.command_at + 2 then
		return length == PEER.init_length and (n == 2 or tvb(2, 1):uint() == 0xFF)
	end
	if tvb(2, 1):uint() == 0xFF and length >= PEER.init_min and length + 2 <= PEER.max_packet and
		PEER.versions[tvb(3, 4):le_uint()] then
		return true
	end
	return length >= PEER.message_min and length + 2 <= PEER.max_packet and
		PEER.versions[tvb(PEER.version_at, 2):le_uint()] ~= nil and
		PEER.cmds[tvb(PEER.command_at, 2):le_uint()] ~= nil
end

local function dissect_peer(tvb, pinfo, tree)
	dissect_tcp_pdus(tvb, tree, 2, peer_pdu_len, peer_pdu, true)
	return tvb:len()
end

function icqv2.dissector(tvb, pinfo, tree)
	if pinfo.port_type == 2 then -- TCP: a peer stream this dissector took
		return dissect_peer(tvb, pinfo, tree)
	end
	return dissect_udp(tvb, pinfo, tree)
end

local function heuristic(tvb, pinfo, tree)
	if not peer_start(tvb) then return false end
	pinfo.conversation = icqv2
	dissect_peer(tvb, pinfo, tree)
	return true
end

-- The server's packets: by port, and as a heuristic on the same ports, so
-- that with the UDP preference "Try heuristic sub-dissectors first" ICQ
-- wins over the dissector of a lower client port (1645 is RADIUS's).
local function udp_heuristic(tvb, pinfo, tree)
	if not (SERVER_PORTS[pinfo.src_port] or SERVER_PORTS[pinfo.dst_port]) then return false end
	dissect_udp(tvb, pinfo, tree)
	return true
end

local udp_table = DissectorTable.get("udp.port")
for port in pairs(SERVER_PORTS) do udp_table:add(port, icqv2) end
icqv2:register_heuristic("udp", udp_heuristic)
icqv2:register_heuristic("tcp", heuristic)
local tcp_table = DissectorTable.get("tcp.port")
for port in pairs(PEER_PORTS) do tcp_table:add(port, icqv2) end
