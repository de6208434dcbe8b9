/** A story's opening words, to name its buttons ("Edit story: …", "Edit tags for story: …") apart. DOM-free. */
export function storyPreview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
