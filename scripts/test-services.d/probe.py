#!/usr/bin/env python3
"""Stdlib-only helpers for scripts/test-services (no pip packages, no node_modules).

  probe.py freeport [--count N] [--bus] [--exclude P,P,...]
      Ask the kernel for free 127.0.0.1 TCP ports (bind to port 0). With --bus the
      port must be <= 55535 and port+10000 must be free too (Redis cluster bus port).
  probe.py mongo --port P [--db admin] [--host 127.0.0.1] JSON
      Send one command as an OP_MSG over the Mongo wire protocol, print the reply as
      JSON on stdout; exit 0 only if the reply has ok: 1.
  probe.py azure-list --port P [--account A --key K]
      Azure Blob "List Containers" signed with SharedKey; exit 0 on HTTP 200.
  probe.py n8n-setup --url URL --email E --password P
      Create the n8n owner, log in and create an API key with every scope the
      instance offers (REST calls, as the n8n UI does); print the raw API key.
"""
import argparse
import base64
import datetime
import hashlib
import hmac
import http.cookiejar
import json
import random
import socket
import struct
import sys
import urllib.error
import urllib.request


# ---------------------------------------------------------------- free ports
def _bindable(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", port))
        return True
    except OSError:
        return False
    finally:
        s.close()


def freeport(args):
    exclude = {int(p) for p in args.exclude.split(",") if p.strip()} if args.exclude else set()
    out = []
    tries = 0
    while len(out) < args.count:
        tries += 1
        if tries > 2000:
            sys.exit("freeport: no free port found")
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        if port in exclude or port in out:
            continue
        if args.bus:
            if port > 55535 or port < 1024:
                # the kernel's ephemeral range may sit above 55535: fall back to a random pick
                port = random.randint(20000, 55535)
                if port in exclude or port in out or not _bindable(port):
                    continue
            if not _bindable(port + 10000) or (port + 10000) in exclude:
                continue
        out.append(port)
    print(" ".join(str(p) for p in out))


# ---------------------------------------------------------------- tiny BSON
def _cstr(s):
    return s.encode() + b"\x00"


def bson_encode(doc):
    body = b""
    for k, v in doc.items():
        body += _elem(k, v)
    return struct.pack("<i", len(body) + 5) + body + b"\x00"


def _elem(k, v):
    if isinstance(v, bool):
        return b"\x08" + _cstr(k) + (b"\x01" if v else b"\x00")
    if isinstance(v, int):
        if -2**31 <= v < 2**31:
            return b"\x10" + _cstr(k) + struct.pack("<i", v)
        return b"\x12" + _cstr(k) + struct.pack("<q", v)
    if isinstance(v, float):
        return b"\x01" + _cstr(k) + struct.pack("<d", v)
    if isinstance(v, str):
        b = v.encode()
        return b"\x02" + _cstr(k) + struct.pack("<i", len(b) + 1) + b + b"\x00"
    if v is None:
        return b"\x0a" + _cstr(k)
    if isinstance(v, dict):
        return b"\x03" + _cstr(k) + bson_encode(v)
    if isinstance(v, list):
        return b"\x04" + _cstr(k) + bson_encode({str(i): x for i, x in enumerate(v)})
    raise TypeError("unsupported BSON value %r" % (v,))


def bson_decode(buf, pos=0, array=False):
    (length,) = struct.unpack_from("<i", buf, pos)
    end = pos + length - 1
    pos += 4
    out = {}
    while pos < end:
        t = buf[pos]
        pos += 1
        z = buf.index(b"\x00", pos)
        key = buf[pos:z].decode()
        pos = z + 1
        if t == 0x01:
            (v,) = struct.unpack_from("<d", buf, pos); pos += 8
        elif t in (0x02, 0x0D, 0x0E):
            (n,) = struct.unpack_from("<i", buf, pos)
            v = buf[pos + 4:pos + 3 + n].decode(errors="replace"); pos += 4 + n
        elif t in (0x03, 0x04):
            (n,) = struct.unpack_from("<i", buf, pos)
            v = bson_decode(buf, pos, t == 0x04); pos += n
        elif t == 0x05:
            (n,) = struct.unpack_from("<i", buf, pos)
            v = {"$binary": base64.b64encode(buf[pos + 5:pos + 5 + n]).decode()}; pos += 5 + n
        elif t == 0x07:
            v = {"$oid": buf[pos:pos + 12].hex()}; pos += 12
        elif t == 0x08:
            v = buf[pos] == 1; pos += 1
        elif t == 0x09:
            (v,) = struct.unpack_from("<q", buf, pos); v = {"$date": v}; pos += 8
        elif t in (0x0A, 0x06, 0xFF, 0x7F):
            v = None
        elif t == 0x10:
            (v,) = struct.unpack_from("<i", buf, pos); pos += 4
        elif t == 0x11:
            inc, ts = struct.unpack_from("<II", buf, pos); v = {"$timestamp": {"t": ts, "i": inc}}; pos += 8
        elif t == 0x12:
            (v,) = struct.unpack_from("<q", buf, pos); pos += 8
        elif t == 0x13:
            v = {"$numberDecimal": buf[pos:pos + 16].hex()}; pos += 16
        else:
            raise ValueError("unsupported BSON type 0x%02x" % t)
        out[key] = v
    if array:
        return [out[k] for k in sorted(out, key=int)]
    return out


def _recv_exact(s, n):
    data = b""
    while len(data) < n:
        chunk = s.recv(n - len(data))
        if not chunk:
            raise ConnectionError("connection closed")
        data += chunk
    return data


def mongo(args):
    cmd = json.loads(args.command)
    cmd["$db"] = args.db
    body = struct.pack("<I", 0) + b"\x00" + bson_encode(cmd)
    msg = struct.pack("<iiii", 16 + len(body), random.randint(1, 2**30), 0, 2013) + body
    with socket.create_connection((args.host, args.port), timeout=args.timeout) as s:
        s.sendall(msg)
        (length,) = struct.unpack("<i", _recv_exact(s, 4))
        rest = _recv_exact(s, length - 4)
    _req, _resp, opcode = struct.unpack_from("<iii", rest, 0)
    if opcode != 2013:
        sys.exit("unexpected reply opcode %d" % opcode)
    doc = bson_decode(rest, 12 + 4 + 1)
    print(json.dumps(doc))
    sys.exit(0 if doc.get("ok") in (1, 1.0, True) else 1)


# ---------------------------------------------------------------- Azure SharedKey
def azure_list(args):
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")
    version = "2021-12-02"
    path = "/%s/" % args.account
    sts = "GET\n" + "\n" * 11 + "x-ms-date:%s\nx-ms-version:%s\n" % (date, version)
    sts += "/%s%s\ncomp:list" % (args.account, path)
    sig = base64.b64encode(hmac.new(base64.b64decode(args.key), sts.encode(), hashlib.sha256).digest()).decode()
    req = urllib.request.Request("http://%s:%d%s?comp=list" % (args.host, args.port, path), headers={
        "x-ms-date": date, "x-ms-version": version,
        "Authorization": "SharedKey %s:%s" % (args.account, sig)})
    try:
        with urllib.request.urlopen(req, timeout=args.timeout) as r:
            body = r.read().decode()
            ok = r.status == 200 and "EnumerationResults" in body
    except urllib.error.HTTPError as e:
        print("HTTP %d %s" % (e.code, e.read().decode(errors="replace")[:300]), file=sys.stderr)
        sys.exit(1)
    sys.exit(0 if ok else 1)


# ---------------------------------------------------------------- n8n owner + API key
def n8n_setup(args):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    browser_id = "bakup-test-services"

    def call(method, path, payload=None):
        data = json.dumps(payload).encode() if payload is not None else None
        req = urllib.request.Request(args.url + path, data=data, method=method, headers={
            "Content-Type": "application/json", "browser-id": browser_id})
        try:
            with opener.open(req, timeout=60) as r:
                return json.loads(r.read().decode() or "null")
        except urllib.error.HTTPError as e:
            sys.exit("n8n %s %s: HTTP %d %s" % (method, path, e.code, e.read().decode(errors="replace")[:500]))

    call("POST", "/rest/owner/setup", {"email": args.email, "firstName": "Bakup", "lastName": "Test",
                                       "password": args.password})
    call("POST", "/rest/login", {"emailOrLdapLoginId": args.email, "password": args.password})
    scopes = call("GET", "/rest/api-keys/scopes")
    scopes = scopes.get("data", scopes) if isinstance(scopes, dict) else scopes
    res = call("POST", "/rest/api-keys", {"label": "bakup-tests", "scopes": scopes, "expiresAt": None})
    data = res.get("data", res)
    key = data.get("rawApiKey") or data.get("apiKey")
    if not key:
        sys.exit("n8n: no API key in reply: %r" % (res,))
    print(key)


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("freeport")
    a.add_argument("--count", type=int, default=1)
    a.add_argument("--bus", action="store_true")
    a.add_argument("--exclude", default="")
    a = sub.add_parser("mongo")
    a.add_argument("--host", default="127.0.0.1")
    a.add_argument("--port", type=int, required=True)
    a.add_argument("--db", default="admin")
    a.add_argument("--timeout", type=float, default=5)
    a.add_argument("command")
    a = sub.add_parser("azure-list")
    a.add_argument("--host", default="127.0.0.1")
    a.add_argument("--port", type=int, required=True)
    a.add_argument("--account", default="devstoreaccount1")
    a.add_argument("--key", default="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==")
    a.add_argument("--timeout", type=float, default=5)
    a = sub.add_parser("n8n-setup")
    a.add_argument("--url", required=True)
    a.add_argument("--email", required=True)
    a.add_argument("--password", required=True)
    args = p.parse_args()
    {"freeport": freeport, "mongo": mongo, "azure-list": azure_list, "n8n-setup": n8n_setup}[args.cmd](args)


if __name__ == "__main__":
    main()
