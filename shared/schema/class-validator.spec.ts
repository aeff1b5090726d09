import * as entryPoint from 'class-validator';
import { IsOptional } from 'class-validator';
import { ArrayMaxSize, getMetadataStorage, Length, Matches, validate } from './class-validator';

describe('class-validator, loaded from its own files', () => {
  it('gives the very functions its entry point exports', () => {
    expect(Length).toBe(entryPoint.Length);
    expect(Matches).toBe(entryPoint.Matches);
    expect(ArrayMaxSize).toBe(entryPoint.ArrayMaxSize);
    expect(getMetadataStorage).toBe(entryPoint.getMetadataStorage);
  });

  it('validates as the entry point does, with the same metadata', async () => {
    class Input {
      @Length(1, 3)
      name!: string;
      @Matches(/^[a-z]+$/)
      code!: string;
      @ArrayMaxSize(1)
      tags!: string[];
      @IsOptional()
      note?: string;
    }
    const input = Object.assign(new Input(), { name: 'toolong', code: 'A1', tags: ['a', 'b'] });
    const options = { validationError: { target: false, value: false } };
    const ours = await validate(input, options);
    expect(ours.map((e) => [e.property, Object.keys(e.constraints ?? {})])).toEqual([
      ['name', ['isLength']],
      ['code', ['matches']],
      ['tags', ['arrayMaxSize']],
    ]);
    expect(ours).toEqual(await entryPoint.validate(input, options));
    expect(await validate(Object.assign(new Input(), { name: 'ok', code: 'ab', tags: [] }))).toEqual([]);
  });
});
