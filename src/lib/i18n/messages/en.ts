import type { Catalogue } from './th';

export const en: Catalogue = {
	app: {
		name: 'Ruamjai',
		description:
			'Satisfaction surveys, opinions and complaints for education offices, collected even offline'
	},
	a11y: {
		skipToContent: 'Skip to main content'
	},
	language: {
		switchTo: 'ภาษาไทย'
	},
	nav: {
		backHome: 'Back to the home page'
	},
	home: {
		heading: 'Ruamjai',
		subtitle:
			'Collect satisfaction surveys, opinions, suggestions and complaints from service users and stakeholders — even without internet — and report the results group by group, for educational service area offices and provincial education offices.',
		docTitle: 'Ruamjai — satisfaction surveys and opinions',
		sectionsLabel: 'Get started',
		office: 'Office: {name}',
		noOffice: 'No office has been set up yet. An administrator can set it up on the Admin page.',
		cards: {
			collect: {
				title: 'Collect',
				description: 'Visitors answer a survey or leave an opinion on a tablet, even offline.'
			},
			reports: {
				title: 'Reports',
				description: 'Satisfaction by group: mean, standard deviation, level and percentage.'
			},
			admin: {
				title: 'Admin',
				description: 'Set up the office, its groups and its forms.'
			}
		},
		groups: {
			heading: 'Groups of the office',
			empty: 'No groups yet. An administrator can add them on the Admin page.',
			shortName: 'Short name'
		},
		forms: {
			heading: 'Forms in use',
			empty: 'No forms yet. An administrator can create them on the Admin page.',
			version: 'Version {version}',
			questions: 'Questions: {count}',
			published: 'Published {date}',
			unpublished: 'Not yet published'
		}
	},
	collect: {
		title: 'Collect',
		coming:
			'Coming soon: an offline kiosk where visitors answer surveys and leave opinions on a tablet; the answers are sent when the tablet is back online.'
	},
	reports: {
		title: 'Reports',
		coming:
			'Coming soon: assessment reports for each group, with the mean, standard deviation and level of every item and dimension, ready to print.'
	},
	admin: {
		title: 'Admin',
		coming: 'Coming soon: set-up of the office, its groups, its forms and the collection devices.'
	},
	respondentType: {
		school_executive: 'School executive',
		teacher: 'Teacher',
		education_personnel: 'Educational personnel',
		employee: 'Employee / government employee',
		parent: 'Parent',
		student: 'Student',
		school_board: 'School board member',
		community: 'Member of the public / community',
		agency: 'Public or private agency',
		other: 'Other'
	},
	formKind: {
		satisfaction: 'Satisfaction survey',
		feedback: 'Opinion form',
		evaluation: 'Evaluation form'
	},
	feedbackKind: {
		opinion: 'Opinion',
		suggestion: 'Suggestion',
		complaint: 'Complaint',
		compliment: 'Compliment'
	},
	rating: {
		5: 'Very high',
		4: 'High',
		3: 'Moderate',
		2: 'Low',
		1: 'Very low'
	}
};
