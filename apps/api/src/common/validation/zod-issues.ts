/**
 * The API's field errors come from the shared implementation, so that the web app's inline
 * validation shows the very same German and English sentences.
 */
export { toFieldErrors } from '@leitplanken/shared';
