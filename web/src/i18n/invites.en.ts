import type { invitesId } from "./invites.ts";

export const invitesEn: Record<keyof typeof invitesId, string> = {
  "invite.base": "Relay address in the link",
  "invite.base.public": "{url} (the relay's public address)",
  "invite.base.page": "{url} (the address you opened)",
  "invite.base.lan": "{url} (office network, {iface})",
  "invite.base.other": "{url} ({iface})",
  "invite.base.ipv6": "{url} (IPv6)",
  "invite.base.loopback": "{url} (this computer only)",
  "invite.loopbackWarning": "A link with this address opens only on the relay's own computer, not on a kader's phone. Pick an office network address.",
  "invite.loopbackOnly": "The relay has no network address: this link opens only on the relay's own computer. Connect the computer to the office network (or run the relay with HOST=0.0.0.0), then open this page again.",
  "invite.httpHint": "Over http:// a phone can open the app but cannot use it without signal: for that, set up https (see the README).",
  "invite.qr": "QR code of the invite link for {name}",
  "invite.qrHint": "Ask the kader to scan this code with the phone's camera.",
  "invite.copy": "Copy link",
  "invite.copied": "Link copied",
  "invite.copyFailed": "Could not copy automatically: long-press the link above and choose Copy.",
  "invite.share": "Share (WhatsApp, etc.)",
  "invite.shareTitle": "Rembuk invite",
  "invite.shareText": "Rembuk invite for {name}: open this link on your phone.",
  "invite.shareFailed": "Sharing failed: {reason}",
};
