import { print } from 'graphql';
import { gql } from 'urql';
import { describe, expect, it } from 'vitest';
import { VIEWER_QUERY_TEXT } from '../session/ViewerContext';
import { ViewerQuery } from './session';

describe('the viewer query sent on first load', () => {
  it('is the generated Viewer query', () => {
    expect(print(gql(VIEWER_QUERY_TEXT))).toBe(print(ViewerQuery));
  });
});
