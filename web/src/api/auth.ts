/** Sign-in for hosted use (APP_PASSWORD): the server answers with an httpOnly cookie. */
import { request } from './client.js';

/** Sign in with the app password. Throws ApiError (401 wrong password, 429 too many tries). */
export function login(password: string): Promise<{ authenticated: true }> {
  return request('/api/login', { method: 'POST', body: { password } });
}
