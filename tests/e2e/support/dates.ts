/** A Date as the local civil date YYYY-MM-DD, as date inputs take it. */
export const iso = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
