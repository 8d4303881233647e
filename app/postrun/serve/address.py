"""Where `postrun serve` listens: loopback unless asked, else this machine's address on
the home network, found without sending a packet."""

from __future__ import annotations

import ipaddress
import socket

LOOPBACK = "127.0.0.1"
# Connecting a UDP socket only picks the route and the source address: nothing is sent.
_PROBES = ("192.168.0.1", "10.0.0.1", "172.16.0.1")


def lan_address() -> str | None:
    """This machine's private IPv4 address on its home network, or None when it has none
    (no network, or only a public or loopback one): never 0.0.0.0."""
    for probe in _PROBES:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            try:
                udp.connect((probe, 9))
                host = str(udp.getsockname()[0])
            except OSError:
                continue
        if home_network(host):
            return host
    return None


def home_network(host: str) -> bool:
    """A private address another device on the same network can reach."""
    try:
        address = ipaddress.IPv4Address(host)
    except ValueError:
        return False
    return address.is_private and not (
        address.is_loopback or address.is_unspecified or address.is_link_local
    )
