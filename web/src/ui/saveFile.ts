/** Saves text as a file through the browser's download (Android: the Downloads folder). */
export function saveTextFile(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // the download has started from the click; the object URL is not needed after this turn
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
