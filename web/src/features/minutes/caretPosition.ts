/**
 * Where character `index` of a textarea is drawn, relative to the textarea's
 * padding box and its scroll: measured on a hidden mirror <div> styled like it.
 */
const COPIED = [
  "boxSizing", "width", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "borderTopWidth", "borderRightWidth", "borderBottomWidth",
  "borderLeftWidth", "fontFamily", "fontSize", "fontWeight", "fontStyle", "letterSpacing", "lineHeight", "textTransform", "wordSpacing", "tabSize",
] as const;

let mirror: HTMLDivElement | null = null;

export function caretCoordinates(el: HTMLTextAreaElement, index: number): { top: number; left: number; height: number } {
  mirror ??= document.body.appendChild(document.createElement("div"));
  const style = getComputedStyle(el);
  const s = mirror.style;
  for (const key of COPIED) s[key] = style[key];
  s.position = "absolute";
  s.visibility = "hidden";
  s.top = "0";
  s.left = "-9999px";
  s.whiteSpace = "pre-wrap";
  s.overflowWrap = "break-word";
  s.overflow = "hidden";
  mirror.textContent = el.value.slice(0, index);
  const marker = document.createElement("span");
  marker.textContent = el.value.slice(index) || ".";
  mirror.appendChild(marker);
  const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.3;
  return { top: marker.offsetTop - el.scrollTop, left: marker.offsetLeft - el.scrollLeft, height: lineHeight };
}
