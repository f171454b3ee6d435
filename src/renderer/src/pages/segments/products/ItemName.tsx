import { Typography } from 'antd';
import type { ItemRef } from '../../../../../shared/products';

/** An item as people read it: its name, and its code after it when the name is not the code. */
export function ItemName({ item }: { item: ItemRef }) {
  return (
    <>
      {item.name}
      {item.key !== item.name && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
          {item.key}
        </Typography.Text>
      )}
    </>
  );
}
