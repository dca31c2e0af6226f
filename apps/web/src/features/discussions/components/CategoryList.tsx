import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { WatchLevel } from '@cop/contracts';
import type { DiscussionCategoryFieldsFragment } from '../../../graphql/generated/graphql';
import { useIntlNames } from '../../identity/lib/intl';
import { WatchDiscussionCategoryMutation } from '../graphql/categories';
import { useCategoryText } from '../lib/localized';
import { LockIcon } from './Icons';
import { RelativeTime } from './RelativeTime';
import { WatchSelect } from './WatchSelect';

export type Category = DiscussionCategoryFieldsFragment;

/** The categories the reader can see, each with its activity and their notification choice. */
export function CategoryList({
  categories,
  labelledBy,
}: {
  categories: readonly Category[];
  labelledBy: string;
}) {
  return (
    <ul className="discussions-categories" aria-labelledby={labelledBy}>
      {categories.map((category) => (
        <li key={category.id}>
          <CategoryCard category={category} />
        </li>
      ))}
    </ul>
  );
}

function CategoryCard({ category }: { category: Category }) {
  const { t } = useTranslation('discussions');
  const names = useIntlNames();
  const text = useCategoryText();
  const titleId = useId();
  const [, watch] = useMutation(WatchDiscussionCategoryMutation);
  const number = new Intl.NumberFormat(names.locale);
  const name = text.name(category);
  const description = text.description(category);

  return (
    <article className="discussions-category" aria-labelledby={titleId}>
      <h3 id={titleId} className="discussions-category__title">
        <Link to={`/discussions/c/${category.slug}`}>{name}</Link>
      </h3>
      {category.restricted && (
        <p className="discussions-marker discussions-category__restricted">
          <LockIcon />
          {category.groups.length > 0
            ? t('category.restrictedTo', { groups: names.list(category.groups.map((group) => group.name)) })
            : t('category.restricted')}
        </p>
      )}
      {description && (
        <p className="discussions-category__description" dir="auto">
          {description}
        </p>
      )}
      <p className="discussions-category__stats">
        <span>{t('category.threads', { n: number.format(category.threadCount) })}</span>
        {category.unreadThreadCount > 0 && (
          <span className="discussions-badge discussions-badge--new">
            {t('category.unread', { n: number.format(category.unreadThreadCount) })}
          </span>
        )}
        {category.lastActivityAt && (
          <span>
            {t('category.lastActivity')} <RelativeTime iso={category.lastActivityAt} />
          </span>
        )}
      </p>
      <WatchSelect
        kind="category"
        level={category.watchLevel as WatchLevel}
        label={t('watch.categoryLabel', { name })}
        labelHidden
        onChange={async (level) => {
          const result = await watch({ categoryId: category.id, level });
          return !result.error;
        }}
      />
    </article>
  );
}
