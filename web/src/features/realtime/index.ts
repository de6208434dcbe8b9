/** Realtime voice interview (WebRTC, OpenAI Realtime GA). Mount <RealtimeInterview> on the session page. */
export { RealtimeInterview, type RealtimeInterviewProps } from './RealtimeInterview.js';
