import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './Page.css';

export interface PageProps {
  /** The page's heading, also used for the browser tab's title. */
  title: string;
  /** One or two sentences on what the page is for. */
  lead?: ReactNode;
  children?: ReactNode;
}

/** Layout of a routed page: its h1, a lead paragraph, the document title. */
export function Page({ title, lead, children }: PageProps) {
  const { t } = useTranslation();
  const documentTitle = t('app.pageTitle', { page: title });

  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  return (
    <div className="ui-page">
      <h1>{title}</h1>
      {lead && <p className="ui-page__lead">{lead}</p>}
      {children}
    </div>
  );
}
