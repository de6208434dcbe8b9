/**
 * Turn-based voice mode. Mount <VoiceAnswer sessionId question onAnswered /> in
 * the answer pane; show <DeliveryPanel> for any feedback that has `delivery`.
 */
export { VoiceAnswer, type VoiceAnswerProps } from './VoiceAnswer.js';
export { DeliveryPanel, DeliveryNumbers } from './DeliveryPanel.js';
export type { Delivery, VoiceAnswerResult } from './api.js';
