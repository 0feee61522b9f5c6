plansiteSearchLoaded("w/p0/qu",{
"quang":[0,17],
"quoc":[0,-24],
"quy":[0,-6,0,-9]
});
