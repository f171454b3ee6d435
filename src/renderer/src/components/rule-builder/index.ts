export { RuleBuilder, type RuleBuilderProps } from './RuleBuilder';
