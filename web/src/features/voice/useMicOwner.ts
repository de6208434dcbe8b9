/** The microphone's holder as React state (mic-lock.ts is the store). */
import { useSyncExternalStore } from 'react';
import { micOwner, subscribeMic, type MicUser } from './mic-lock.js';

/** Who holds the microphone now (re-renders when that changes). */
export function useMicOwner(): MicUser | null {
  return useSyncExternalStore(subscribeMic, micOwner);
}
