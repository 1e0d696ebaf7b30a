#!/usr/bin/env python3
"""A minimal SMTP server that accepts every mail and discards it, for the benchmarks.

The service delivers its notification outbox by SMTP; without a server the deliveries fail and
are retried with backoff throughout a measurement, which is neither the production cost nor a
quiet machine. This answers the plain (no TLS, no authentication) SMTP dialogue the mailer speaks
when MAIL_START_TLS=DISABLED.

    smtp_sink.py PORT
"""
import socketserver
import sys


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode("ascii") + b"\r\n")
        self.wfile.flush()

    def handle(self):
        self.reply("220 sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode("ascii", "replace").strip().upper()
            if verb.startswith(("EHLO", "HELO")):
                self.wfile.write(b"250-sink\r\n250-8BITMIME\r\n250 PIPELINING\r\n")
                self.wfile.flush()
            elif verb == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                while self.rfile.readline() not in (b".\r\n", b".\n", b""):
                    pass
                self.reply("250 accepted")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:  # MAIL FROM, RCPT TO, RSET, NOOP
                self.reply("250 ok")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


if __name__ == "__main__":
    with Server(("127.0.0.1", int(sys.argv[1])), Session) as server:
        server.serve_forever()
