// A fictional single-page case system: each case is at /cases/<reference>, and moving between
// cases changes the address with history.pushState, as real case systems do. Every person and
// place here is invented.
const CASES = {
  'DEMO-1001': {
    summary: 'Baby, 7 weeks. Child protection plan (neglect).',
    notes: [
      'Home visit to Flat 3, Hollybrook Close. Mother said baby has been co-sleeping with her on the sofa since the family moved house.',
      'Dad was not seen; mother said he stays most nights. Maternal grandmother helps overnight at weekends.',
      'Mother is engaging well and the home was tidy.',
    ],
  },
  'DEMO-1002': {
    summary: 'Boy, 2 years. Child in need.',
    notes: [
      'Review child protection conference to be held as a Teams meeting next week.',
      'Mother has a new partner who has moved in. Cannabis smell noted in the hallway.',
      'The partner agency (housing) was updated by email.',
    ],
  },
  'DEMO-1003': {
    summary: 'Girl, 4 years. Early help.',
    notes: ['Nursery attendance is good. The partner agency confirmed the nursery place for next term.'],
  },
};

function element(tag, text) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  return node;
}

function showCase(ref) {
  const record = document.getElementById('record');
  const data = CASES[ref];
  record.replaceChildren();
  if (!data) {
    document.title = 'Demo Case System';
    record.append(element('h1', 'Choose a case'));
    return;
  }
  document.title = `Case ${ref} – Demo Case System`;
  record.append(element('h1', `Case ${ref}`), element('p', data.summary), element('h2', 'Case notes'));
  const list = element('ul');
  for (const note of data.notes) list.append(element('li', note));
  record.append(list);
}

function currentRef() {
  const match = /^\/cases\/([^/]+)/.exec(location.pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

const links = document.getElementById('case-links');
for (const ref of Object.keys(CASES)) {
  const item = element('li');
  const link = element('a', `Case ${ref}`);
  link.href = `/cases/${ref}`;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState(null, '', link.href);
    showCase(ref);
  });
  item.append(link);
  links.append(item);
}
addEventListener('popstate', () => showCase(currentRef()));
showCase(currentRef());
