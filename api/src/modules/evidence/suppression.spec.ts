import { hiddenBecause, participantsCell, studiesCell } from './suppression';

describe('small-number suppression', () => {
  it('shows a count of case studies from 5, and “fewer than 5 case studies” below', () => {
    expect(studiesCell(5)).toEqual({ value: 5, fewerThan: null, fewerThanWhat: null, text: '5' });
    expect(studiesCell(4)).toEqual({
      value: null,
      fewerThan: 5,
      fewerThanWhat: 'CASE_STUDIES',
      text: 'fewer than 5 case studies',
    });
    expect(studiesCell(0).value).toBeNull();
  });

  it('hides participants below 10, and whenever the cell has fewer than 5 studies', () => {
    expect(participantsCell(5, 10).value).toBe(10);
    expect(participantsCell(5, 9)).toMatchObject({ value: null, fewerThan: 10, text: 'fewer than 10 participants' });
    expect(participantsCell(4, 1000)).toMatchObject({ value: null, fewerThan: 5, text: 'fewer than 5 case studies' });
    expect(participantsCell(12, 1234).text).toBe('1,234');
  });

  it('names the first reason a cell is hidden, or none', () => {
    expect(hiddenBecause(4, 9)?.fewerThanWhat).toBe('CASE_STUDIES');
    expect(hiddenBecause(5, 9)?.fewerThanWhat).toBe('PARTICIPANTS');
    expect(hiddenBecause(5, 10)).toBeNull();
  });
});
