/** QR options: medium error correction survives a phone camera on a laptop screen; a quiet zone of 2 modules. */
export const QR_OPTIONS = { ecc: "M", border: 2 } as const;
