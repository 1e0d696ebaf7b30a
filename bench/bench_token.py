#!/usr/bin/env python3
"""Signs a bench token with a throwaway RSA key (created on first use under bench/results/.keys).

    bench/bench_token.py public-key            # the public key, as quarkus.oidc.public-key expects it
    bench/bench_token.py token ISSUER ROLE [WORK_UNIT]   # an RS256 token valid for 2 hours

The service is started with that public key, so tokens are verified locally and no identity
provider sits in the measured path (QUALITY.md).
"""
import base64, json, os, sys, time, uuid
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEYS = os.path.join(os.path.dirname(__file__), "results", ".keys")
PRIVATE = os.path.join(KEYS, "bench-private.pem")


def key():
    if not os.path.exists(PRIVATE):
        os.makedirs(KEYS, exist_ok=True)
        private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        with open(PRIVATE, "wb") as out:
            out.write(private.private_bytes(serialization.Encoding.PEM,
                                            serialization.PrivateFormat.PKCS8,
                                            serialization.NoEncryption()))
    with open(PRIVATE, "rb") as pem:
        return serialization.load_pem_private_key(pem.read(), password=None)


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def main():
    private = key()
    if sys.argv[1] == "public-key":
        der = private.public_key().public_bytes(serialization.Encoding.DER,
                                                 serialization.PublicFormat.SubjectPublicKeyInfo)
        print(base64.b64encode(der).decode())
        return
    issuer, role = sys.argv[2], sys.argv[3]
    now = int(time.time())
    claims = {"iss": issuer, "aud": "bangga-elokal-api", "sub": "bench-" + role, "iat": now, "exp": now + 7200,
              "jti": str(uuid.uuid4()), "preferred_username": "bench-" + role,
              "realm_access": {"roles": [role]}}
    if len(sys.argv) > 4:
        claims["work_unit"] = sys.argv[4]
    header = b64(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    payload = b64(json.dumps(claims).encode())
    signature = private.sign(f"{header}.{payload}".encode(), padding.PKCS1v15(), hashes.SHA256())
    print(f"{header}.{payload}.{b64(signature)}")


if __name__ == "__main__":
    main()
