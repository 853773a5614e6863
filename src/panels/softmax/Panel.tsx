export { default } from '../placeholder/Placeholder';
