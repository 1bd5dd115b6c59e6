import { getLocale, getTranslations } from 'next-intl/server';
import NotFoundContent from '@/components/layout/NotFoundContent';

export default async function LocaleNotFound() {
  const locale = await getLocale();
  const t = await getTranslations('notFound');
  const text = { code: t('code'), title: t('title'), body: t('body'), home: t('home'), firstLesson: t('firstLesson') };
  return <NotFoundContent text={text} locale={locale} />;
}
