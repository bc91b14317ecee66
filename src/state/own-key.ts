// Own-property record helpers for the state layer and the view: they live in src/domain (the lowest
// layer, so src/present can use them too) and are re-exported here under their old name.

export { ownValue, recordOf } from '../domain/own-key';
