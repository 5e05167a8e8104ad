export {
	importXlsForm,
	dimensionColumn,
	dimensionListName,
	type NotImported,
	type XlsFormImport,
	type XlsFormImportOptions,
	type XlsFormResult
} from './import-xlsform';
export type { XlsFormSheets } from './sheet';
