import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { TextInput } from '../../../ui/TextInput';
import { TextArea } from '../../../ui/TextArea';

export interface RowsEditorProps<Item> {
  legend: string;
  hint?: string;
  error?: string;
  items: readonly Item[];
  onChange: (items: Item[]) => void;
  /** A new, empty row. */
  make: () => Item;
  addLabel: string;
  /** "Remove defendant 2". */
  removeLabel: (index: number) => string;
  /** "Move stop 2 up": rows keep an order (the route). */
  moveUpLabel?: (index: number) => string;
  max?: number;
  children: (item: Item, index: number, change: (item: Item) => void) => ReactNode;
}

/**
 * A list of rows of fields (defendants, weapons, route stops, sources): a fieldset with its legend,
 * each row with a remove button (and a move-up button where order matters), an add button.
 */
export function RowsEditor<Item>({
  legend,
  hint,
  error,
  items,
  onChange,
  make,
  addLabel,
  removeLabel,
  moveUpLabel,
  max = 50,
  children,
}: RowsEditorProps<Item>) {
  const { t } = useTranslation('digest');
  return (
    <fieldset className="digest-section" aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {hint && <p className="digest-muted">{hint}</p>}
      {error && (
        <p className="ui-field__error">
          <span className="visually-hidden">{t('errorPrefix')} </span>
          {error}
        </p>
      )}
      {items.length > 0 && (
        <ol className="digest-list-editor">
          {items.map((item, index) => (
            <li key={index}>
              {children(item, index, (next) =>
                onChange(items.map((other, i) => (i === index ? next : other))),
              )}
              <span className="digest-actions">
                {moveUpLabel && index > 0 && (
                  <Button
                    variant="secondary"
                    aria-label={moveUpLabel(index)}
                    onClick={() => {
                      const next = [...items];
                      [next[index - 1], next[index]] = [next[index] as Item, next[index - 1] as Item];
                      onChange(next);
                    }}
                  >
                    {t('list.moveUp')}
                  </Button>
                )}
                <Button
                  variant="secondary"
                  aria-label={removeLabel(index)}
                  onClick={() => onChange(items.filter((_, i) => i !== index))}
                >
                  {t('list.remove')}
                </Button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Button
          variant="secondary"
          disabled={items.length >= max}
          onClick={() => onChange([...items, make()])}
        >
          {addLabel}
        </Button>
      </p>
    </fieldset>
  );
}

export interface StringListEditorProps {
  legend: string;
  hint?: string;
  /** Label of each item: "Good practice 2". */
  itemLabel: (index: number) => string;
  addLabel: string;
  removeLabel: (index: number) => string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  errors: Record<string, string>;
  /** The field's path in the errors (`goodPractices`). */
  path: string;
  max: number;
  maxLength: number;
  multiline?: boolean;
}

/** A list of short texts (good practices, lessons, keywords). */
export function StringListEditor({
  legend,
  hint,
  itemLabel,
  addLabel,
  removeLabel,
  items,
  onChange,
  errors,
  path,
  max,
  maxLength,
  multiline = false,
}: StringListEditorProps) {
  return (
    <RowsEditor
      legend={legend}
      hint={hint}
      error={errors[path]}
      items={items}
      onChange={onChange}
      make={() => ''}
      addLabel={addLabel}
      removeLabel={removeLabel}
      max={max}
    >
      {(item, index, change) => (
        <FormField label={itemLabel(index)} error={errors[`${path}.${index}`]}>
          {multiline ? (
            <TextArea
              dir="auto"
              rows={2}
              maxLength={maxLength}
              value={item}
              onChange={(event) => change(event.target.value)}
            />
          ) : (
            <TextInput
              dir="auto"
              maxLength={maxLength}
              value={item}
              onChange={(event) => change(event.target.value)}
            />
          )}
        </FormField>
      )}
    </RowsEditor>
  );
}
