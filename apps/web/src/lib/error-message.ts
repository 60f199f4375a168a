import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from './api-client';
import { toLanguage } from './locale';

/**
 * The text to show for a failed request: the API's own message in the UI language, or, when the
 * API gave none (network down, garbled answer), ours from `common:errors`.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation('common');
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiRequestError) {
        if (error.origin === 'server') return error.serverMessage(language);
        switch (error.code) {
          case 'NETWORK_ERROR':
            return t('errors.network');
          case 'INVALID_RESPONSE':
            return t('errors.invalidResponse');
          default:
            return t('errors.http', { status: error.statusCode });
        }
      }
      return t('errors.unexpected');
    },
    [t, language],
  );
}
