-- The decoder: a port of icqdump's dissect/decode.go and decode5.go that
-- walks the tables above. Lua 5.2: no integer division, no bitwise
-- operators (bit32 instead).

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

-- block is a SIZE-prefixed packet inside the packet (SRV_MULTI_PACKET).
local function block(P, row, index)
	if not need(P, row, index, 2) then return false end
	local n = le(P, P.off, 2)
	local body = P.off + 2
	local have = P.len - body
	if n > have then
		issue(P, "length-overrun", ERROR, row, index, P.off, 2)
		push(P, row, index, 2 + have, n, body, have).partial = true
		P.failed = true
		return false
	end
	push(P, row, index, 2 + n, n, body, n)
	return true
end

local function field(P, row, index)
	if row.kind == "string" then return str(P, row, index) end
	if row.kind == "block" then return block(P, row, index) end
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

-- raw reports an issue about what follows and shows it raw.
local function raw(P, kind, sev)
	issue(P, kind, sev, nil, -1, P.off, left(P))
	rest(P)
end

local function other_version(P, row)
	local v = last(P)
	issue(P, "other-version", WARNING, row, -1, v.off, v.len)
	rest(P)
end

-- sub decodes the data of the subcommand a command's first parameter
-- (SUBCMD) selects.
local function sub(P, c)
	local code = find(P, c.params[1].name).num
	local s = c.subs[code]
	if s == nil then
		raw(P, "unknown-subcommand", WARNING)
	elseif not s.described then
		raw(P, "undescribed", NOTE)
	elseif fields(P, s.params) then
		trailing(P, WARNING)
	end
end

-- has_sub: a reply's data follows only the RESULT sub_if names.
local function has_sub(P, c)
	if c.subs == nil then return false end
	if c.sub_if == nil then return true end
	local r = find(P, c.sub_if.name)
	return r ~= nil and not r.partial and r.num == c.sub_if.value
end

local function params(P, c)
	if c == nil then
		raw(P, "unknown-command", WARNING)
	elseif not c.described then
		raw(P, "undescribed", NOTE)
	elseif not fields(P, c.params) then
		return
	elseif has_sub(P, c) then
		sub(P, c)
	elseif P.version == 5 and P.dir == "c2s" and #c.params == 0 and left(P) == 4 then
		trailing(P, NOTE) -- a random u32 that makes the packet longer than its header
	else
		trailing(P, WARNING)
	end
end

-- Version 5 (dissect/crypt5.go): a client packet is decrypted into a data
-- source of its own and its checkcode verified; the server's is in clear.
local band, bor, bxor, lshift, rshift, extract = bit32.band, bit32.bor, bit32.bxor, bit32.lshift, bit32.rshift, bit32.extract
local TWO32 = 4294967296

local function byte(P, i) return P.tvb(i, 1):uint() end

local function descramble5(w)
	return bor(rshift(band(w, 0x0001F000), 12), rshift(band(w, 0x07C007C0), 1), lshift(band(w, 0x003E0001), 10),
		rshift(band(w, 0xF8000000), 16), lshift(band(w, 0x0000083E), 15))
end

local function check_base(P)
	return bor(lshift(byte(P, 8), 24), lshift(byte(P, 4), 16), lshift(byte(P, 2), 8), byte(P, 6))
end

local function checkcode5(P, r1, r2)
	local n2 = bor(lshift(band(r1, 0xFF), 24), lshift(byte(P, r1), 16), lshift(r2, 8), CRYPT5.table[r2 + 1])
	return bxor(check_base(P), n2, 0x00FF00FF)
end

local function decrypt5(tvb, len)
	local b = tvb:bytes()
	local at = CRYPT5.check_at
	local check = descramble5(tvb(at, 4):le_uint())
	local key_base = (len * CRYPT5.key_factor + check) % TWO32
	for pos = CRYPT5.crypt_from, len - 1, 4 do
		local k = (key_base + CRYPT5.table[(pos % 256) + 1]) % TWO32
		for j = 0, 3 do
			local i = pos + j
			if i < len and (i < at or i >= at + 4) then
				b:set_index(i, bxor(b:get_index(i), extract(k, 8 * j, 8)))
			end
		end
	end
	for j = 0, 3 do b:set_index(at + j, extract(check, 8 * j, 8)) end
	return b
end

-- verify5 reports a checkcode the decrypted packet does not bear out; of a
-- packet longer than 256 bytes every offset with the stored low byte is tried.
local function verify5(P, row)
	local c = le(P, CRYPT5.check_at, 4)
	local x = bxor(c, check_base(P), 0x00FF00FF)
	local r1, r2 = extract(x, 24, 8), extract(x, 8, 8)
	while r1 < P.len do
		if r1 >= CRYPT5.header and checkcode5(P, r1, r2) == c then return end
		r1 = r1 + 256
	end
	issue(P, "checkcode", ERROR, row, -1, CRYPT5.check_at, 4)
end

-- decrypt4 decrypts a v4 client packet (dissect.Crypt4) and writes
-- VERSION back.
local function decrypt4(tvb, len)
	local b = tvb:bytes()
	local check = tvb(CRYPT4.check_at, 4):le_uint()
	local key_base = (len * CRYPT4.key_factor + check) % TWO32
	for pos = 0, math.floor((len + 3) / 4) - 1, 4 do
		if pos ~= CRYPT4.check_at then
			local k = (key_base + CRYPT4.table[(pos % 256) + 1]) % TWO32
			for j = 0, 3 do
				if pos + j < len then b:set_index(pos + j, bxor(b:get_index(pos + j), extract(k, 8 * j, 8))) end
			end
		end
	end
	b:set_index(0, 4)
	b:set_index(1, 0)
	return b
end

-- versioned decodes a v3, v4 or v5 packet again from its start with its
-- header: a client's v4 or v5 packet decrypted first.
local function versioned(P, t)
	P.values, P.issues, P.off, P.failed = {}, {}, 0, false
	local clear, whole, decrypt, source = 0, 0, nil, nil
	if t == UDP5.c2s then
		clear, whole, decrypt, source = 3, CRYPT5.header, decrypt5, "Decrypted ICQ v5"
	elseif t.header == V4 then
		clear, whole, decrypt, source = 1, CRYPT4.header, decrypt4, "Decrypted ICQ v4"
	end
	if decrypt then
		if P.len < whole then
			if fields(P, t.header, 1, clear) then
				raw(P, "not-decrypted", ERROR)
			end
			return
		end
		P.tvb = decrypt(P.tvb, P.len):tvb(source)
	end
	for _, row in ipairs(t.header) do
		if not field(P, row, -1) then return end
		if row.name == "COMMAND" then
			P.code = last(P).num
			if t.cmds then P.cmd = t.cmds[P.code] end
		end
	end
	if t == UDP5.c2s then verify5(P, t.header[#t.header]) end
	if t.cmds == nil then
		raw(P, "header-only", NOTE)
		return
	end
	params(P, P.cmd)
end

local function decode_udp(P)
	if P.len == 0 then
		issue(P, "empty", ERROR, nil, -1, 0, 0)
		return
	end
	local t = UDP[P.dir]
	local version = t.header[1]
	if not read(P, version, -1) then return end
	P.version = last(P).num
	if P.version == 5 then return versioned(P, UDP5[P.dir]) end
	if P.version == 3 then return versioned(P, { header = V3 }) end
	if P.version == 4 and P.dir == "c2s" then return versioned(P, { header = V4 }) end
	if P.version ~= 2 then
		other_version(P, version)
		return
	end
	if not field(P, t.header[2], -1) then return end
	P.code = last(P).num
	P.cmd = t.cmds[P.code]
	if not fields(P, t.header, 3) then return end
	params(P, P.cmd)
end

local function is_peer_init(P)
	return P.len > 2 and P.tvb(2, 1):uint() == 0xFF and
		(P.len < PEER.version_at + 2 or not PEER.versions[le(P, PEER.version_at, 2)])
end

-- Peer version 6 (dissect/peer6.go): the handshake and its ack in clear,
-- then messages whose first quarter is encrypted, keyed by their checkcode.

local function is_init6(P)
	return P.len >= 5 and byte(P, 2) == 0xFF and le(P, 3, 2) == 6
end

local function is_init_ack6(P)
	return P.len == 6 and le(P, 0, 2) == 4 and le(P, 2, 4) == 1
end

local function v2_message(P)
	return P.len >= PEER.version_at + 2 and PEER.versions[le(P, PEER.version_at, 2)] ~= nil
end

local function peer_fixed(P, c)
	P.cmd, P.version = c, 6
	if fields(P, c.params) then trailing(P, WARNING) end
end

-- decrypt6 returns the decrypted packet and whether its checkcode bears the
-- decrypted bytes out.
local function decrypt6(P)
	local b = P.tvb:bytes()
	local n = P.len - 2
	local check = le(P, 2, 4)
	local key = (n * PEER6.key_factor + check) % TWO32
	local i = 4
	while i < math.floor((n + 3) / 4) do
		local k = (key + PEER6.table[(i % 256) + 1]) % TWO32
		for j = 0, 3 do
			if i + j < n then b:set_index(2 + i + j, bxor(b:get_index(2 + i + j), extract(k, 8 * j, 8))) end
		end
		i = i + 4
	end
	local base = bor(lshift(b:get_index(6), 24), lshift(b:get_index(8), 16), lshift(b:get_index(6), 8), b:get_index(8))
	local x = bxor(base, check)
	local m1, x2 = extract(x, 24, 8), extract(x, 8, 8)
	local ok = m1 >= PEER6.check_min and m1 < n and extract(x, 16, 8) == bxor(b:get_index(2 + m1), 0xFF) and
		(x2 >= PEER6.table_used or extract(x, 0, 8) == bxor(PEER6.table[x2 + 1], 0xFF))
	return b, ok
end

local function try_peer6(P)
	if P.len < 2 + 8 then return false end
	local b, ok = decrypt6(P)
	if not ok or P.len < PEER6.command_at then return false end
	P.tvb = b:tvb("Decrypted ICQ peer v6")
	P.version = 6
	P.code = le(P, 6, 2)
	local c = PEER6.cmds[P.code]
	if c == nil then
		local any = next(PEER6.cmds)
		if fields(P, PEER6.cmds[any].params, 1, 2) then
			raw(P, "unknown-command", WARNING)
		end
		return true
	end
	P.cmd = c
	if fields(P, c.params) then trailing(P, WARNING) end
	return true
end

local function decode_peer(P)
	if P.len == 0 then
		issue(P, "empty", ERROR, nil, -1, 0, 0)
		return
	end
	if is_init6(P) then
		peer_fixed(P, PEER6.init)
	elseif is_init_ack6(P) then
		peer_fixed(P, PEER6.init_ack)
	elseif not is_peer_init(P) and not v2_message(P) and try_peer6(P) then
		-- decoded as v6
	elseif is_peer_init(P) then
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
					raw(P, "unknown-command", WARNING)
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
	if v.row.kind == "block" then r = P.tvb(v.off, 2) end
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

local show_packet

-- contained shows the packets a SRV_MULTI_PACKET carries, each decoded as
-- a server packet of its own, in a subtree.
local function contained(P, tree, pinfo)
	local k = 0
	for _, v in ipairs(P.values) do
		if v.row.kind == "block" and not v.partial and v.dlen > 0 then
			k = k + 1
			local S = { tvb = P.tvb(v.doff, v.dlen):tvb(), len = v.dlen, off = 0, values = {}, issues = {}, dir = P.dir }
			decode_udp(S)
			show_packet(S, tree:add(P.tvb(v.doff, v.dlen), "Packet " .. k), pinfo)
		end
	end
end

-- show_packet adds a packet's values, command and issues to root.
show_packet = function(P, root, pinfo)
	for _, v in ipairs(P.values) do
		if not v.partial then add_value(P, root, v) end
	end
	if P.cmd and P.cmd.name == "SRV_MULTI_PACKET" then contained(P, root, pinfo) end
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
	return name
end

local function show(P, tree, pinfo, dir)
	local root = tree:add(icqv2, P.tvb(0, P.len))
	local name = show_packet(P, root, pinfo)
	pinfo.cols.protocol = "ICQv" .. (P.version or 2)
	local info = dir
	if name then info = info .. " " .. name end
	pinfo.cols.info:set(info)
end

local function dissect_udp(tvb, pinfo, tree)
	local dir = "s2c"
	if SERVER_PORTS[pinfo.dst_port] and not SERVER_PORTS[pinfo.src_port] then dir = "c2s" end
	local P = { tvb = tvb, len = tvb:len(), off = 0, values = {}, issues = {}, dir = dir }
	decode_udp(P)
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
	if tvb(2, 1):uint() == 0xFF and tvb(3, 2):le_uint() == 6 and length + 2 == PEER6.init_length then
		return true -- the v6 handshake
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
