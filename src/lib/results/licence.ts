import { t } from '../../i18n/t';

/**
 * The licence every open dataset is published under (named in each JSON file and on /du-lieu/).
 *
 * @example
 * openDataLicence().name // 'Giấy phép Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)'
 */
export function openDataLicence(): { name: string; url: string } {
  return { name: t('data.licence.name'), url: t('data.licence.url') };
}
