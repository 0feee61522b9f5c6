plansiteSearchLoaded("w/p0/nh",{
"nhi":[0,-24],
"nhiem":[0,-15]
});
