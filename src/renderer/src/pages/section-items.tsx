import {
  BarChartOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  ExperimentOutlined,
  FileTextOutlined,
  ShoppingCartOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Section } from '../shell/useWorkspaceViews';

const SECTIONS: readonly [Section, string, ReactNode][] = [
  ['overview', 'overview.nav', <DashboardOutlined key="overview" />],
  ['data', 'nav.data', <DatabaseOutlined key="data" />],
  ['segments', 'nav.segments', <BarChartOutlined key="segments" />],
  ['basket', 'basketUi.nav', <ShoppingCartOutlined key="basket" />],
  ['compare', 'nav.compare', <SwapOutlined key="compare" />],
  ['campaign', 'nav.campaign', <ExperimentOutlined key="campaign" />],
  ['reports', 'nav.reports', <FileTextOutlined key="reports" />],
];

/** The workspace's navigation, the Overview first: each section with its icon, name and test id (nav-<section>). */
export const sectionItems = (t: TFunction): MenuProps['items'] =>
  SECTIONS.map(([key, label, icon]) => ({ key, icon, label: t(label), 'data-testid': `nav-${key}` }) as never);
