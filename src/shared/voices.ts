/** The realtime voices the coach can speak with (OpenAI Realtime GA catalog). */
export const VOICES = ['alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar'] as const;
export type Voice = (typeof VOICES)[number];
