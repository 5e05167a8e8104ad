import type { formsTh } from './forms.th';
import type { Widen } from './th';

export const formsEn: Widen<typeof formsTh> = {
	title: 'Form builder',
	card: {
		title: 'Form builder',
		description:
			"Write and edit your group's forms, import them from XLSForm or JSON, and publish them to the tablets"
	},
	list: {
		heading: "The office's forms",
		intro:
			'The forms you may edit. A published version never changes: edits are kept as a draft until published as a new version.',
		new: 'New form',
		import: 'Import a form',
		empty: 'There is no form you may edit yet',
		owner: 'Owner',
		form: 'Form',
		state: 'State',
		officeWide: 'Whole office',
		published: 'Version {version} published on {date}',
		notPublished: 'Not published',
		draft: 'Draft of version {version}, saved on {date}',
		edit: 'Edit {title}'
	},
	questionKind: {
		rating: 'Rating (1–5)',
		single_choice: 'One choice',
		multiple_choice: 'Several choices',
		short_text: 'Short text',
		long_text: 'Long text',
		number: 'Number',
		date: 'Date'
	},
	new: {
		heading: 'New form',
		intro:
			'Name the form and choose the group it belongs to; add sections and questions on the next page. It stays a draft until published.',
		titleTh: 'Title (Thai)',
		titleEn: 'Title (English, optional)',
		kind: 'Kind of form',
		owner: 'Group the form belongs to',
		create: 'Create the draft',
		titleMissing: 'Give the form a Thai title',
		ownerMissing: 'Choose the group the form belongs to'
	},
	import: {
		heading: 'Import a form',
		intro:
			'Import a Ruamjai form file (.json) or an ODK/KoboToolbox XLSForm (.xlsx). The imported form becomes a draft to check and edit before publishing.',
		file: 'File (.json or .xlsx)',
		submit: 'Import as a draft',
		noFile: 'Choose a file',
		done: '“{title}” was imported as a draft',
		openDraft: 'Open the draft to edit it',
		refused: 'The form could not be imported',
		notImportedHeading: 'What was not imported ({count})',
		notImportedIntro:
			'These parts of the file did not become part of the form. Check them and add what you need in the editor.',
		everything: 'Everything was imported',
		sheet: 'Sheet',
		row: 'Row',
		what: 'What',
		reason: 'Why'
	},
	editor: {
		heading: 'Edit the form',
		version: 'Version {version}',
		draftState: 'Draft (not published)',
		frozen:
			'Version {version} is published and has {count} responses; it will not change. Your edits are saved as a draft of version {next}, which tablets receive once it is published.',
		breakingHeading: 'Edits that need a new version',
		breakingIntro:
			'These edits no longer fit the answers already given to version {version}, so they are published as version {next}. The published version and its answers stay as they are.',
		save: 'Save the draft',
		saved: 'Draft saved',
		publish: 'Publish',
		publishTitle: 'Publish version {version}?',
		publishBody:
			'Once published, this version can no longer be changed. Tablets receive it when they update their forms; the next edit becomes a new version.',
		publishConfirm: 'Publish this version',
		publishFirst: 'Save the draft before publishing',
		published: 'Version {version} is published; tablets receive it when they update their forms',
		unsaved: 'There are unsaved edits',
		discard: 'Discard the draft',
		discardTitle: 'Discard this draft?',
		discardBody: 'The edits in the draft are lost. Published versions stay as they are.',
		discarded: 'The draft was discarded',
		cancel: 'Cancel',
		export: 'Export as a JSON file',
		backToList: 'All forms',
		issuesHeading: 'Not saved yet: {count} things to fix',
		noDraft: 'There is no draft to publish'
	},
	fields: {
		titleTh: 'Title (Thai)',
		titleEn: 'Title (English)',
		instructionsTh: 'Instructions (Thai)',
		instructionsEn: 'Instructions (English)',
		kind: 'Kind of form',
		dimensions: 'Dimensions',
		dimensionsIntro: 'Each rating item belongs to one dimension; reports summarise by dimension.',
		dimensionKey: 'Dimension key',
		dimensionTh: 'Dimension name (Thai)',
		dimensionEn: 'Dimension name (English)',
		addDimension: 'Add a dimension',
		removeDimension: 'Remove the dimension {name}',
		section: 'Section {number}',
		sectionTitleTh: 'Section title (Thai)',
		sectionTitleEn: 'Section title (English)',
		sectionDescriptionTh: 'Section description (Thai)',
		sectionDescriptionEn: 'Section description (English)',
		sectionKey: 'Section key',
		addSection: 'Add a section',
		removeSection: 'Remove section {number}',
		sectionUp: 'Move section {number} up',
		sectionDown: 'Move section {number} down',
		question: 'Question {number}',
		key: 'Question key',
		keyHelp: 'Lowercase letters, digits and _; it matches answers across versions',
		labelTh: 'Question (Thai)',
		labelEn: 'Question (English)',
		helpTh: 'Help text (Thai)',
		helpEn: 'Help text (English)',
		required: 'Required',
		questionKind: 'Kind of question',
		dimension: 'Dimension',
		noDimensions: 'No dimension yet: add one above first',
		options: 'Options',
		optionValue: 'Key of option {number}',
		optionTh: 'Option {number} (Thai)',
		optionEn: 'Option {number} (English)',
		addOption: 'Add an option',
		removeOption: 'Remove option {number}',
		maxSelected: 'At most this many (empty: no limit)',
		maxLength: 'Maximum length (characters)',
		integer: 'Whole numbers only',
		min: 'Minimum',
		max: 'Maximum',
		showIf: 'Show this question when',
		showIfAlways: 'Always shown',
		showIfQuestion: 'Show when the answer to',
		showIfOp: 'Condition',
		showIfValue: 'Answer',
		ops: {
			equals: 'is',
			not_equals: 'is not',
			includes: 'includes'
		},
		addQuestion: 'Add a question to section {number}',
		addQuestionKind: 'Kind of the new question',
		add: 'Add the question',
		moveUp: 'Move question {number} up',
		moveDown: 'Move question {number} down',
		remove: 'Remove question {number}',
		drag: 'Drag to move question {number}'
	},
	announce: {
		moved: 'Question {key} is now number {position} of section {section}',
		notMoved: 'Question {key} cannot move further',
		sectionMoved: 'Section {title} is now section {position}',
		added: 'Question {key} added to section {section}',
		removed: 'Question {key} removed'
	},
	preview: {
		heading: 'Preview on the tablet',
		intro:
			'The form as respondents see it on the tablet. Answer to try the show-if rules; nothing here is saved.',
		section: 'Section shown in the preview',
		invalid: 'Fix the marked fields to see the preview'
	}
};
