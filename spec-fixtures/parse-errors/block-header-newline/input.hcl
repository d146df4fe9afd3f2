resource aws_instance
{
}
