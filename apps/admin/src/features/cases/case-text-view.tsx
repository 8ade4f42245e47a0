import { List, Paragraph } from '@digdir/designsystemet-react';
import { Fragment } from 'react';

import { type Inline, parseCaseText } from './case-text';

function Line({ parts }: { parts: Inline[] }) {
  return (
    <>{parts.map((part, index) => (part.bold ? <strong key={index}>{part.text}</strong> : <Fragment key={index}>{part.text}</Fragment>))}</>
  );
}

/** A case text with its paragraphs, lists and bold text (see case-text.ts). */
export function CaseTextView({ text }: { text: string }) {
  return (
    <>
      {parseCaseText(text).map((block, index) => {
        if (block.kind === 'paragraph') {
          return (
            <Paragraph key={index}>
              {block.lines.map((line, lineIndex) => (
                <Fragment key={lineIndex}>
                  {lineIndex > 0 && <br />}
                  <Line parts={line} />
                </Fragment>
              ))}
            </Paragraph>
          );
        }
        const Items = block.kind === 'bullets' ? List.Unordered : List.Ordered;
        return (
          <Items key={index}>
            {block.items.map((item, itemIndex) => (
              <List.Item key={itemIndex}>
                <Line parts={item} />
              </List.Item>
            ))}
          </Items>
        );
      })}
    </>
  );
}
