type Props = { name: string };
export const Hello = ({ name }: Props) => <div className="greeting">Hello {name}</div>;
